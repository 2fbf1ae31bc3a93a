package dev.fureai.customers;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.fureai.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer CSV import into a real (H2) directory, as the admin endpoint does it: the
 * bytes as UTF-8, then {@link CustomerImport#importCsv}. Inputs of even length get the
 * full valid header first, so that most of them reach the row checks and the database.
 * For every input: no exception; every problem names a line and a field; each rejected
 * row is reported and nothing of it is stored; exactly the created customers are in the
 * directory and read back; importing the same file again creates nothing and rejects the
 * same rows. Seeds and findings:
 * {@code src/test/resources/dev/fureai/customers/CustomerCsvFuzzTestsInputs/importCsv/};
 * how to fuzz: docs/security-testing.md.
 */
class CustomerCsvFuzzTests {

	private static final String HEADER = "id,name,company,average_order_value,purchases_per_year,retention_years,"
			+ "gross_margin,plan,csm,strategic_partner,onboarding_until,attr.industry\n";

	private static final DataSource dataSource = TestDatabases.h2();

	private static final JdbcClient jdbc = JdbcClient.create(dataSource);

	private static final JdbcCustomers customers = new JdbcCustomers(jdbc, (event) -> {
	}, Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

	private static final CustomerImport customerImport = new CustomerImport(customers,
			new CustomersProperties("", List.of("csm-sato", "csm-suzuki")));

	@FuzzTest
	void importCsv(byte[] input) {
		jdbc.sql("delete from customer_attribute").update();
		jdbc.sql("delete from customer").update();
		String csv = ((input.length % 2 == 0) ? HEADER : "") + new String(input, StandardCharsets.UTF_8);

		ImportReport first = customerImport.importCsv(csv);

		first.problems().forEach((problem) -> {
			assertThat(problem.line()).isPositive();
			assertThat(problem.field()).isNotNull();
			assertThat(problem.message()).isNotBlank();
		});
		boolean fileRejected = first.created() + first.updated() + first.unchanged() + first.rejected() == 0
				&& !first.problems().isEmpty();
		if (fileRejected) {
			assertThat(first.problems()).allMatch((problem) -> problem.line() == 1);
		}
		else {
			assertThat(first.problems().stream().map(RowProblem::line).distinct().count()).as("rejected rows")
				.isEqualTo(first.rejected());
		}
		List<Customer> stored = customers.findAll();
		assertThat(stored).hasSize(first.created());
		assertThat(
				jdbc.sql("select count(*) from customer_attribute where customer_id not in (select id from customer)")
					.query(Long.class)
					.single())
			.isZero();

		ImportReport again = customerImport.importCsv(csv);
		assertThat(again.created()).as("created by importing the same file again").isZero();
		assertThat(again.rejected()).isEqualTo(first.rejected());
		assertThat(again.problems()).isEqualTo(first.problems());
		assertThat(customers.findAll()).hasSize(first.created());
	}

}
