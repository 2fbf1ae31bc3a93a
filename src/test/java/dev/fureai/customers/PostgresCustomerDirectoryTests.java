package dev.fureai.customers;

import javax.sql.DataSource;
import dev.fureai.testing.TestDatabases;

class PostgresCustomerDirectoryTests extends CustomerDirectoryContract {

	@Override
	DataSource createDataSource() {
		return TestDatabases.postgres("the customer directory");
	}

}
