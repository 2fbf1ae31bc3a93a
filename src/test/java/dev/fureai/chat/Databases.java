package dev.fureai.chat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The two databases the chat store runs on, migrated with the application's own Flyway
 * scripts. PostgreSQL is the local server on 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}), each run in a schema of its own.
 */
final class Databases {

	static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private Databases() {
	}

	static DataSource h2() {
		return migrated(new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:chat-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), null);
	}

	/**
	 * A fresh schema on the local PostgreSQL, or a loudly skipped test where none
	 * answers.
	 */
	static DataSource postgres() {
		try (Connection probe = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
			probe.isValid(2);
		}
		catch (SQLException ex) {
			Assumptions.abort("SKIPPED: no PostgreSQL on " + POSTGRES_URL + " (user postgres): " + ex.getMessage()
					+ " — the chat store was tested on H2 only");
		}
		String schema = "chat_test_" + UUID.randomUUID().toString().replace("-", "");
		return migrated(new SimpleDriverDataSource(new org.postgresql.Driver(),
				POSTGRES_URL + "?currentSchema=" + schema, "postgres", ""), schema);
	}

	static void dropPostgresSchema(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String schema = connection.getSchema();
			if (schema != null && schema.startsWith("chat_test_")) {
				connection.createStatement().execute("drop schema " + schema + " cascade");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static DataSource migrated(DataSource dataSource, String schema) {
		var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
		if (schema != null) {
			flyway.schemas(schema).createSchemas(true);
		}
		flyway.load().migrate();
		return dataSource;
	}

}
