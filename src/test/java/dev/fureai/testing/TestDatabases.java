package dev.fureai.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two databases every store runs on, migrated with the application's own Flyway
 * scripts: a private in-memory H2, and a fresh schema on the local PostgreSQL
 * (127.0.0.1:5432, database {@code test}, trust auth) — or a loudly skipped test where
 * none answers.
 */
public final class TestDatabases {

	static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	static final String POSTGRES_USER = System.getProperty("fureai.test.postgres.user", "postgres");

	private static final String SCHEMA_PREFIX = "fureai_test_";

	private TestDatabases() {
	}

	public static DataSource h2() {
		return h2UpTo(null);
	}

	/**
	 * @param version the last migration to run ({@code null}: all), for rows as an older
	 * version stored them; {@link #migrate(DataSource)} runs the rest
	 */
	public static DataSource h2UpTo(String version) {
		return migrated(
				new DriverManagerDataSource("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""),
				null, version);
	}

	/**
	 * @param what the store under test, named in the skip message
	 */
	public static DataSource postgres(String what) {
		return postgresUpTo(what, null);
	}

	/**
	 * @param what the store under test, named in the skip message
	 * @param version the last migration to run ({@code null}: all)
	 */
	public static DataSource postgresUpTo(String what, String version) {
		String missing = postgresMissing(what);
		if (missing != null) {
			Assumptions.abort(missing);
		}
		String schema = SCHEMA_PREFIX + UUID.randomUUID().toString().replace("-", "");
		return migrated(new DriverManagerDataSource(POSTGRES_URL + "?currentSchema=" + schema, POSTGRES_USER, ""),
				schema, version);
	}

	/**
	 * For {@code @EnabledIf}, which JUnit evaluates before any extension runs: a Spring
	 * context that needs PostgreSQL may be loaded before the test class's
	 * {@code @BeforeAll}, too late to skip from there. Says why when there is none.
	 */
	public static boolean postgresAnswers(ExtensionContext context) {
		return postgresMissing(context.getDisplayName()) == null;
	}

	/** Why PostgreSQL cannot be used (printed), or {@code null} when it answers. */
	private static String postgresMissing(String what) {
		try (Connection probe = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
			probe.isValid(2);
			return null;
		}
		catch (SQLException ex) {
			String message = "SKIPPED: no PostgreSQL on " + POSTGRES_URL + " (user " + POSTGRES_USER + "): "
					+ ex.getMessage() + " — " + what + " was tested on H2 only";
			System.err.println(message);
			return message;
		}
	}

	/**
	 * The JDBC URL of a fresh, migrated PostgreSQL schema, for a Spring context of its
	 * own (user {@link #postgresUser()}, no password); skips the test when there is none.
	 * @param what the code under test, named in the skip message
	 */
	public static String postgresUrl(String what) {
		try (Connection connection = postgres(what).getConnection()) {
			return POSTGRES_URL + "?currentSchema=" + connection.getSchema();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String postgresUser() {
		return POSTGRES_USER;
	}

	/** A data source on a URL from {@link #postgresUrl}, e.g. to {@link #drop} it. */
	public static DataSource postgresAt(String url) {
		return new DriverManagerDataSource(url, POSTGRES_USER, "");
	}

	/**
	 * Runs the migrations a data source of {@code h2UpTo} or {@code postgresUpTo} lacks.
	 */
	public static void migrate(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String schema = connection.getSchema();
			migrated(dataSource, (schema != null && schema.startsWith(SCHEMA_PREFIX)) ? schema : null, null);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Drops a test's PostgreSQL schema, or shuts its in-memory H2 down. */
	public static void drop(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String schema = connection.getSchema();
			if (schema != null && schema.startsWith(SCHEMA_PREFIX)) {
				connection.createStatement().execute("drop schema " + schema + " cascade");
			}
			else if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
				connection.createStatement().execute("shutdown");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static DataSource migrated(DataSource dataSource, String schema, String version) {
		var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
		if (schema != null) {
			flyway.schemas(schema).createSchemas(true);
		}
		if (version != null) {
			flyway.target(version);
		}
		flyway.load().migrate();
		return dataSource;
	}

}
