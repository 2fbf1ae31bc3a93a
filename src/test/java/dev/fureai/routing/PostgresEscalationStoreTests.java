package dev.fureai.routing;

import javax.sql.DataSource;
import dev.fureai.testing.TestDatabases;

class PostgresEscalationStoreTests extends EscalationStoreContract {

	@Override
	DataSource createDataSource() {
		return TestDatabases.postgres("escalation store");
	}

	@Override
	DataSource createDataSourceUpTo(String version) {
		return TestDatabases.postgresUpTo("escalation store", version);
	}

}
