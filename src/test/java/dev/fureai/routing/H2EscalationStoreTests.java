package dev.fureai.routing;

import javax.sql.DataSource;

class H2EscalationStoreTests extends EscalationStoreContract {

	@Override
	DataSource createDataSource() {
		return TestDatabases.h2();
	}

}
