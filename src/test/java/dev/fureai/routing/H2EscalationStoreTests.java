package dev.fureai.routing;

import javax.sql.DataSource;
import dev.fureai.testing.TestDatabases;

class H2EscalationStoreTests extends EscalationStoreContract {

	@Override
	DataSource createDataSource() {
		return TestDatabases.h2();
	}

	@Override
	DataSource createDataSourceUpTo(String version) {
		return TestDatabases.h2UpTo(version);
	}

}
