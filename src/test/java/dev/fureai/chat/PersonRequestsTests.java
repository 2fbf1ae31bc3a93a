package dev.fureai.chat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.AskForPerson;
import dev.fureai.chat.ServerMessage.Escalated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database does not answer, every request for a person waits for a connection
 * as it would on Hikari ({@code connection-timeout}); a question to the bot asked behind
 * more such requests than the inbound channel has threads is answered before any of them
 * (on the whole application with H2 behind a database that can hang).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:person-requests;DB_CLOSE_DELAY=-1",
				"fureai.content.watch=false", "fureai.identity.jwt-secret=" + Tokens.SECRET,
				"fureai.customers.import=classpath:demo/customers.csv",
				"fureai.customers.known-agents=csm-sato,csm-suzuki" })
@Import(PersonRequestsTests.HangingDatabase.class)
class PersonRequestsTests {

	/** What a caller waits for a connection before it fails, as Hikari's timeout. */
	static final long HANG_MILLIS = 3_000;

	@LocalServerPort
	int port;

	@Autowired
	Hang hang;

	@AfterEach
	void databaseBack() {
		this.hang.down = false;
	}

	@Test
	void aQuestionIsAnsweredWhileMoreCustomersThanInboundThreadsWaitForAPerson() throws Exception {
		int waiting = Runtime.getRuntime().availableProcessors() * 2 + 2;
		List<StompTestClient> customers = new ArrayList<>();
		try (StompTestClient asker = StompTestClient.connect(this.port, Map.of())) {
			for (int i = 0; i < waiting; i++) {
				customers.add(StompTestClient.connect(this.port, Map.of("Authorization",
						"Bearer " + Tokens.hs256("demo-high", Instant.now().plusSeconds(600)))));
			}
			asker.send(new Ask("q1", null, "請求書をダウンロードしたい", null));
			String conversation = asker.next().conversationId();

			this.hang.down = true;
			// the chat finds out once, then leaves the database alone for a moment (its
			// writes wait in the backlog): that moment is when the others ask
			asker.send(new Ask("q2", conversation, "パスワードを忘れた", null));
			asker.next();

			List<CompletableFuture<Instant>> told = new ArrayList<>();
			for (int i = 0; i < waiting; i++) {
				StompTestClient customer = customers.get(i);
				customer.send(new AskForPerson("p" + i, null, null));
				told.add(CompletableFuture.supplyAsync(() -> {
					try {
						customer.next(Escalated.class);
						return Instant.now();
					}
					catch (InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
				}));
			}
			asker.send(new Ask("q3", conversation, "パスワードを忘れた", null));
			ServerMessage answer = asker.next();
			Instant answered = Instant.now();

			assertThat(answer.replyTo()).isEqualTo("q3");
			for (CompletableFuture<Instant> person : told) {
				assertThat(person.get(30, TimeUnit.SECONDS)).as("a customer waiting for a person was told first")
					.isAfter(answered);
			}
		}
		finally {
			customers.forEach(StompTestClient::close);
		}
	}

	/** The application's database, made to hang like an unreachable one when down. */
	static final class Hang {

		volatile boolean down;

		DataSource wrap(DataSource database) {
			return new DelegatingDataSource(database) {
				@Override
				public Connection getConnection() throws SQLException {
					if (Hang.this.down) {
						try {
							Thread.sleep(HANG_MILLIS);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						throw new SQLException("connection is not available, request timed out (the test's hang)");
					}
					return super.getConnection();
				}
			};
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HangingDatabase {

		@Bean
		static Hang hang() {
			return new Hang();
		}

		@Bean
		static BeanPostProcessor hangingDatabase(ObjectProvider<Hang> hang) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource database && name.equals("dataSource"))
							? hang.getObject().wrap(database) : bean;
				}
			};
		}

	}

}
