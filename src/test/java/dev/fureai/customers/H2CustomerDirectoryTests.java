package dev.fureai.customers;

import javax.sql.DataSource;

class H2CustomerDirectoryTests extends CustomerDirectoryContract {

	@Override
	DataSource createDataSource() {
		return TestDatabases.h2();
	}

}
