package dev.fureai.customers;

import javax.sql.DataSource;

class PostgresCustomerDirectoryTests extends CustomerDirectoryContract {

	@Override
	DataSource createDataSource() {
		return TestDatabases.postgres();
	}

}
