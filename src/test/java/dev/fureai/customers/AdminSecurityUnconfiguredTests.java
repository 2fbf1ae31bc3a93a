package dev.fureai.customers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** No admin configured: nobody gets in, whatever they send. */
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:customer-admin-none;DB_CLOSE_DELAY=-1")
class AdminSecurityUnconfiguredTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyAdminCallIsUnauthorized() {
		assertThat(this.mvc.post()
			.uri("/api/admin/customers/import")
			.with(httpBasic("admin", ""))
			.contentType("text/csv")
			.content("id,average_order_value,purchases_per_year,retention_years\n")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post()
			.uri("/api/admin/customers/import")
			.with(httpBasic("admin", "demo-admin"))
			.contentType("text/csv")
			.content("id,average_order_value,purchases_per_year,retention_years\n")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
