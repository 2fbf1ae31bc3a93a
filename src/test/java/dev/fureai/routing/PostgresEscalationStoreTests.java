package dev.fureai.routing;

import javax.sql.DataSource;

class PostgresEscalationStoreTests extends EscalationStoreContract {

	@Override
	DataSource createDataSource() {
		return TestDatabases.postgres();
	}

}
