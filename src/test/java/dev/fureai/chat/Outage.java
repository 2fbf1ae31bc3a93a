package dev.fureai.chat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A real database that can be switched off, as when the database server is down. */
final class Outage extends DelegatingDataSource {

	volatile boolean down;

	Outage(DataSource database) {
		super(database);
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (this.down) {
			throw new SQLException("connection refused (the test switched the database off)");
		}
		return super.getConnection();
	}

}
