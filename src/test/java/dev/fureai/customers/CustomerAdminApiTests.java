package dev.fureai.customers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:customer-admin-api;DB_CLOSE_DELAY=-1",
		"fureai.admin.username=root-admin", "fureai.admin.password={noop}s3cret",
		"fureai.customers.known-agents=csm-sato" })
class CustomerAdminApiTests {

	private static final String CSV = "id,average_order_value,purchases_per_year,retention_years\napi-a,1000,12,3\n";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void withoutCredentialsEveryAdminCallIsUnauthorized() {
		assertThat(this.mvc.post().uri("/api/admin/customers/import").contentType("text/csv").content(CSV))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.put()
			.uri("/api/admin/customers/api-a")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"average_order_value\":1,\"purchases_per_year\":1,\"retention_years\":1}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aWrongPasswordIsUnauthorized() {
		assertThat(this.mvc.post()
			.uri("/api/admin/customers/import")
			.with(httpBasic("root-admin", "guess"))
			.contentType("text/csv")
			.content(CSV)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aSignedInUserWithoutTheAdminRoleIsForbidden() {
		assertThat(this.mvc.post()
			.uri("/api/admin/customers/import")
			.with(user("csm-sato").roles("AGENT"))
			.contentType("text/csv")
			.content(CSV)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theAdminImportsCsvAndGetsACountedReport() {
		assertThat(this.mvc.post()
			.uri("/api/admin/customers/import")
			.with(httpBasic("root-admin", "s3cret"))
			.contentType("text/csv")
			.content(CSV + "api-bad,-1,1,1\n")).hasStatusOk().bodyJson().satisfies((json) -> {
				assertThat(json).extractingPath("$.rejected").isEqualTo(1);
				assertThat(json).extractingPath("$.problems[0].line").isEqualTo(3);
				assertThat(json).extractingPath("$.problems[0].field").isEqualTo("average_order_value");
			});
		MockMultipartFile file = new MockMultipartFile("file", "customers.csv", "text/csv", CSV.getBytes());
		assertThat(this.mvc.post()
			.uri("/api/admin/customers/import")
			.with(httpBasic("root-admin", "s3cret"))
			.multipart()
			.file(file)).hasStatusOk().bodyJson().extractingPath("$.unchanged").isEqualTo(1);
	}

	@Test
	void theAdminUpsertsOneCustomerAsJson() {
		String body = "{\"name\":\"JSON 社\",\"average_order_value\":\"¥100,000\",\"purchases_per_year\":12,"
				+ "\"retention_years\":3,\"csm\":\"csm-sato\",\"attributes\":{\"region\":\"九州\"}}";
		assertThat(this.mvc.put()
			.uri("/api/admin/customers/api-json")
			.with(httpBasic("root-admin", "s3cret"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(HttpStatus.CREATED).bodyJson().satisfies((json) -> {
				assertThat(json).extractingPath("$.result").isEqualTo("CREATED");
				assertThat(json).extractingPath("$.customer.attributes.region").isEqualTo("九州");
			});
		assertThat(this.mvc.put()
			.uri("/api/admin/customers/api-json")
			.with(httpBasic("root-admin", "s3cret"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("csm-sato", "csm-ghost"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.problems[0].field")
			.isEqualTo("csm");
	}

}
