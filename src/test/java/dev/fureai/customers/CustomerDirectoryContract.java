package dev.fureai.customers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import dev.fureai.testing.TestDatabases;

/**
 * The directory's behaviour against a real database; run on H2 and on PostgreSQL by the
 * subclasses.
 */
abstract class CustomerDirectoryContract {

	private final List<Object> events = new ArrayList<>();

	private DataSource dataSource;

	private JdbcCustomers customers;

	private CustomerImport customerImport;

	abstract DataSource createDataSource();

	@BeforeEach
	void setUp() {
		this.dataSource = createDataSource();
		this.customers = new JdbcCustomers(JdbcClient.create(this.dataSource), this.events::add,
				Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
		this.customerImport = new CustomerImport(this.customers,
				new CustomersProperties("", List.of("csm-sato", "csm-suzuki")));
	}

	@AfterEach
	void tearDown() {
		TestDatabases.drop(this.dataSource);
	}

	@Test
	void demoFileLoadsEveryCustomerAndReImportChangesNothing() throws IOException {
		String demo = new ClassPathResource("demo/customers.csv").getContentAsString(StandardCharsets.UTF_8);
		ImportReport first = this.customerImport.importCsv(demo);
		assertThat(first.problems()).isEmpty();
		assertThat(first.created()).isEqualTo(6);
		List<Customer> loaded = this.customers.findAll();
		int published = this.events.size();

		ImportReport second = this.customerImport.importCsv(demo);
		assertThat(second).isEqualTo(new ImportReport(0, 0, 6, 0, List.of()));
		assertThat(this.customers.findAll()).isEqualTo(loaded);
		assertThat(this.events).hasSize(published);

		Customer high = this.customers.find(CustomerId.of("demo-high")).orElseThrow();
		assertThat(high.assignedCsm()).contains("csm-sato");
		assertThat(high.attributes()).containsEntry("industry", "製造");
	}

	@Test
	void badRowsAreReportedByLineAndGoodRowsStillLoad() {
		String csv = """
				id,name,average_order_value,purchases_per_year,retention_years,csm
				good-1,A,1000,12,3,
				bad-1,B,-1000,12,3,
				bad-2,C,abc,12,3,csm-ghost
				good-2,"D, Inc.",2000,4,1.5,csm-sato
				,E,1,1,1,
				short,row
				""";
		ImportReport report = this.customerImport.importCsv(csv);
		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rejected()).isEqualTo(4);
		assertThat(report.problems()).extracting(RowProblem::line, RowProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "average_order_value"),
					org.assertj.core.groups.Tuple.tuple(4, "average_order_value"),
					org.assertj.core.groups.Tuple.tuple(4, "csm"), org.assertj.core.groups.Tuple.tuple(6, "id"),
					org.assertj.core.groups.Tuple.tuple(7, "row"));
		assertThat(this.customers.findAll()).extracting((c) -> c.id().value()).containsExactly("good-1", "good-2");
	}

	@Test
	void aChangedRowUpdatesOnlyThatCustomerAndIsAnnounced() {
		this.customerImport.importCsv("id,average_order_value,purchases_per_year,retention_years\na,1,1,1\nb,2,2,2\n");
		this.events.clear();
		ImportReport report = this.customerImport.importCsv(
				"id,average_order_value,purchases_per_year,retention_years,attr.tier_note\na,1,1,1,\nb,3,2,2,x\n");
		assertThat(report).isEqualTo(new ImportReport(0, 1, 1, 0, List.of()));
		assertThat(this.events).singleElement()
			.isInstanceOfSatisfying(CustomerChanged.class, (e) -> assertThat(e.id()).isEqualTo(CustomerId.of("b")));
		assertThat(this.customers.find(CustomerId.of("b")).orElseThrow().attributes())
			.isEqualTo(Map.of("tier_note", "x"));
	}

	@Test
	void aHeaderThatCannotBeTrustedRejectsTheWholeFile() {
		ImportReport report = this.customerImport
			.importCsv("id,average_order_valeu,purchases_per_year,retention_years\na,1,1,1\n");
		assertThat(report.problems()).extracting(RowProblem::field)
			.containsExactly("average_order_value", "average_order_valeu");
		assertThat(this.customers.findAll()).isEmpty();
	}

	@Test
	void jsonUpsertUsesTheSameRules() {
		CustomerImport.SingleUpsert created = this.customerImport.upsert(CustomerId.of("x"),
				Map.of("name", "X", "average_order_value", 5000, "purchases_per_year", 12, "retention_years", 3,
						"attributes", Map.of("region", "関西")));
		assertThat(created.result()).isEqualTo(UpsertResult.CREATED);
		CustomerImport.SingleUpsert again = this.customerImport.upsert(CustomerId.of("x"),
				Map.of("name", "X", "average_order_value", "5,000", "purchases_per_year", "12.0", "retention_years", 3,
						"attributes", Map.of("region", "関西")));
		assertThat(again.result()).isEqualTo(UpsertResult.UNCHANGED);
		CustomerImport.SingleUpsert bad = this.customerImport.upsert(CustomerId.of("x"), Map.of("id", "y",
				"average_order_value", -1, "purchases_per_year", 1, "retention_years", 1, "colour", "red"));
		assertThat(bad.problems()).extracting(RowProblem::field)
			.containsExactlyInAnyOrder("colour", "id", "average_order_value");
	}

}
