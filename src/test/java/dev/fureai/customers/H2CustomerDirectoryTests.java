package dev.fureai.customers;

import javax.sql.DataSource;
import dev.fureai.testing.TestDatabases;

class H2CustomerDirectoryTests extends CustomerDirectoryContract {

	@Override
	DataSource createDataSource() {
		return TestDatabases.h2();
	}

}
