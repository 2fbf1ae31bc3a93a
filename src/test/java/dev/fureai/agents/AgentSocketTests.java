package dev.fureai.agents;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.messaging.simp.stomp.StompHeaders;

import dev.fureai.routing.AgentPresence;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.QueuePool;
import dev.fureai.routing.Routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The agents' WebSocket endpoint: only a signed-in CSM's session opens it, a console may
 * subscribe only to the topics its roles open, nothing may be sent, connecting makes the
 * agent online, and escalations arrive live on the right topics.
 */
@AgentsServerTest
class AgentSocketTests {

	@LocalServerPort
	int port;

	@Autowired
	Routing routing;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AgentPresence presence;

	@Test
	void anonymousOrCustomerConnectionsAreRefusedAtTheHandshake() throws Exception {
		assertThat(AgentStompClient.refused(this.port, null, new StompHeaders())).contains("handshake", "401");
		StompHeaders customer = new StompHeaders();
		customer.add("Authorization", "Bearer " + ConsoleAccessTests.customerToken("demo-high"));
		assertThat(AgentStompClient.refused(this.port, null, customer)).contains("handshake", "401");
		AgentBrowser boss = new AgentBrowser(this.port);
		boss.signIn("boss", "boss-pass");
		assertThat(AgentStompClient.refused(this.port, boss.sessionCookie(), new StompHeaders())).contains("handshake",
				"403");
	}

	@Test
	void aConsoleIsOnlineWhileConnectedAndSeesItsPoolLive() throws Exception {
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		assertThat(this.presence.isOnline("csm-suzuki")).isFalse();
		try (AgentStompClient console = AgentStompClient.connect(this.port, suzuki.sessionCookie(),
				new StompHeaders())) {
			assertThat(this.presence.isOnline("csm-suzuki")).isTrue();
			assertThat(this.presence.onlineIn(QueuePool.LOW_TOUCH)).isGreaterThanOrEqualTo(1);
			console.subscribe("/topic/console.pool.LOW_TOUCH");
			console.subscribe("/topic/console.agent.csm-suzuki");
			Thread.sleep(200); // the SUBSCRIBE frames are on their way; nothing to wait
								// on
			Escalation low = Escalate.askForPerson(this.routing, this.transactions, "demo-low");
			String update = console.next();
			assertThat(update).contains("\"type\":\"escalated\"", low.id(), "\"pool\":\"LOW_TOUCH\"");
		}
		await().untilAsserted(() -> assertThat(this.presence.isOnline("csm-suzuki")).isFalse());
	}

	@Test
	void signingOutClosesTheConsolesSocketAndTheAgentGoesOffline() throws Exception {
		AgentBrowser both = new AgentBrowser(this.port);
		both.signIn("csm-both", "both-pass");
		try (AgentStompClient console = AgentStompClient.connect(this.port, both.sessionCookie(), new StompHeaders())) {
			assertThat(this.presence.isOnline("csm-both")).isTrue();
			assertThat(both.post("/logout", "").statusCode()).isEqualTo(302);
			await().untilAsserted(() -> assertThat(console.connected()).isFalse());
			await().untilAsserted(() -> assertThat(this.presence.isOnline("csm-both")).isFalse());
		}
		assertThat(both.get("/api/agent/me").statusCode()).isEqualTo(401);
	}

	@Test
	void aLowTouchConsoleCannotSubscribeToTheHighTouchPoolOrAnotherAgent() throws Exception {
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		for (String destination : new String[] { "/topic/console.pool.HIGH_TOUCH", "/topic/console.agent.csm-sato",
				"/topic/console.pool.*", "/user/queue/chat", "/topic/console.agent.**" }) {
			try (AgentStompClient console = AgentStompClient.connect(this.port, suzuki.sessionCookie(),
					new StompHeaders())) {
				console.subscribe(destination);
				assertThat(console.errorMessage()).as(destination).contains("forbidden destination");
			}
		}
	}

	@Test
	void nothingMayBeSentYet() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		try (AgentStompClient console = AgentStompClient.connect(this.port, sato.sessionCookie(), new StompHeaders())) {
			console.send("/app/chat.ask", "{}");
			assertThat(console.errorMessage()).contains("forbidden destination");
		}
	}

	@Test
	void theOwnCsmHearsOfTheirCustomerOnTheirOwnTopic() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		try (AgentStompClient console = AgentStompClient.connect(this.port, sato.sessionCookie(), new StompHeaders())) {
			console.subscribe("/topic/console.agent.csm-sato");
			Thread.sleep(200);
			// online: routing hands demo-high's escalation to their own CSM directly
			Escalation high = Escalate.askForPerson(this.routing, this.transactions, "demo-high");
			assertThat(high.assignee()).isEqualTo("csm-sato");
			assertThat(console.next()).contains(high.id(), "\"assignee\":\"csm-sato\"");
		}
	}

}
