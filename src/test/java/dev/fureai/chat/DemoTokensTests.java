package dev.fureai.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.fureai.customers.CustomerId;
import dev.fureai.customers.Customers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the demo profile, the demo page can sign in as a customer of each tier, and the
 * token it gets is accepted at CONNECT. (Off by default: {@link WebSecurityTests}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:chat-demo;DB_CLOSE_DELAY=-1", "fureai.content.watch=false" })
@ActiveProfiles("demo")
class DemoTokensTests {

	@LocalServerPort
	int port;

	@Autowired
	Customers customers;

	@Test
	void theDemoCustomersAreThoseOfTheDemoDirectory() {
		assertThat(DemoTokens.CUSTOMERS.values())
			.allSatisfy((id) -> assertThat(this.customers.find(new CustomerId(id))).isPresent());
	}

	@Test
	void anUnknownTierIsRefusedInJapaneseThenEnglish() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/demo/token?tier=vip"))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("tier は tech、low、high のどれかです (tier must be tech, low or high)")
			.doesNotContain("token");
	}

	@Test
	void signsATokenForEachTierThatChatAccepts() throws Exception {
		for (String tier : new String[] { "tech", "low", "high" }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/demo/token?tier=" + tier))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			String token = response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
			try (StompTestClient client = StompTestClient.connect(this.port,
					Map.of("Authorization", "Bearer " + token))) {
				client.send(new ClientMessage.Resume("r1", null));
				assertThat(client.next(ServerMessage.Resumed.class).visitorSecret()).isNull();
			}
		}
	}

}
