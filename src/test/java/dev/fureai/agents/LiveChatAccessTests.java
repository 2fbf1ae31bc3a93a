package dev.fureai.agents;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write, type, transfer and hand back in a live chat, and who may list
 * colleagues: deny by default for anonymous callers, a customer's token, an admin without
 * a CSM role, a low-touch CSM on a high-touch conversation not transferred to them, and a
 * CSM who does not have the conversation.
 */
@AgentsServerTest
class LiveChatAccessTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private static final List<String> ACTIONS = List.of("messages", "typing", "transfer", "hand-back");

	@Test
	void nobodyButTheAgentWhoHasTheConversationMayActInIt() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-high")) {
			customer.send(Map.of("type", "ask_for_person", "id", "p-1"));
			JsonNode escalated = customer.replyTo("p-1");
			String escalation = escalated.path("queue").path("escalationId").asString();
			String base = "/api/agent/escalations/" + escalation + "/";

			// waiting, not yet anyone's: not even a CSM of the pool may write
			assertThat(sato.post(base + "messages", "{\"text\":\"早すぎ\"}").statusCode()).isEqualTo(403);
			assertThat(sato.post(base + "claim", "").statusCode()).isEqualTo(200);

			AgentBrowser anonymous = new AgentBrowser(this.port);
			AgentBrowser boss = new AgentBrowser(this.port);
			boss.signIn("boss", "boss-pass");
			AgentBrowser suzuki = new AgentBrowser(this.port);
			suzuki.signIn("csm-suzuki", "suzuki-pass");
			AgentBrowser both = new AgentBrowser(this.port);
			both.signIn("csm-both", "both-pass");
			String token = ConsoleAccessTests.customerToken("demo-high");
			for (String action : ACTIONS) {
				String body = action.equals("transfer") ? "{\"pool\":\"LOW_TOUCH\"}" : "{\"text\":\"x\"}";
				assertThat(anonymous.post(base + action, body).statusCode()).as("anonymous " + action).isEqualTo(403);
				assertThat(withToken(base + action, token, body).statusCode()).as("customer token " + action)
					.isEqualTo(403);
				assertThat(boss.post(base + action, body).statusCode()).as("admin only " + action).isEqualTo(403);
				assertThat(suzuki.post(base + action, body).statusCode()).as("low touch " + action).isEqualTo(403);
				assertThat(both.post(base + action, body).statusCode()).as("not the one who has it " + action)
					.isEqualTo(403);
			}
			assertThat(anonymous.get("/api/agent/agents").statusCode()).isEqualTo(401);
			assertThat(this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/agent/agents"))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(401);
			assertThat(boss.get("/api/agent/agents").statusCode()).isEqualTo(403);
			JsonNode colleagues = AgentBrowser.json(sato.get("/api/agent/agents"));
			assertThat(colleagues.toString()).contains("csm-suzuki", "csm-both").doesNotContain("boss", "csm-sato");

			// bad input: a clear 400, nothing delivered
			assertThat(sato.post(base + "messages", "{\"text\":\"  \"}").statusCode()).isEqualTo(400);
			assertThat(sato.post(base + "messages", "{\"text\":\"" + "あ".repeat(4001) + "\"}").statusCode())
				.isEqualTo(400);
			assertThat(sato.post(base + "messages", "{\"text\":\"x\",\"id\":\"bad id!\"}").statusCode()).isEqualTo(400);
			assertThat(sato.post(base + "messages", "{}").statusCode()).isEqualTo(400);
			assertThat(sato.post(base + "transfer", "{}").statusCode()).isEqualTo(400);
			assertThat(sato.post(base + "transfer", "{\"agent\":\"csm-sato\"}").statusCode()).isEqualTo(400);
			assertThat(
					AgentBrowser.json(sato.get("/api/agent/escalations/" + escalation)).path("transcript").toString())
				.doesNotContain("agent_message");
		}
	}

	@Test
	void anAgentWritingFasterThanAPersonCanIsSlowedDown() throws Exception {
		AgentBrowser both = new AgentBrowser(this.port);
		both.signIn("csm-both", "both-pass");
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-low")) {
			customer.send(Map.of("type", "ask_for_person", "id", "p-1"));
			String escalation = customer.replyTo("p-1").path("queue").path("escalationId").asString();
			assertThat(both.post("/api/agent/escalations/" + escalation + "/claim", "").statusCode()).isEqualTo(200);
			String path = "/api/agent/escalations/" + escalation + "/messages";
			for (int i = 0; i < LiveChats.MESSAGES_PER_MINUTE; i++) {
				assertThat(both.post(path, "{\"text\":\"" + i + "\"}").statusCode()).isEqualTo(200);
			}
			HttpResponse<String> refused = both.post(path, "{\"text\":\"one too many\"}");
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.body()).contains("too many messages");
		}
	}

	@Test
	void anotherAgentCannotListenToAnAgentsLiveChats() throws Exception {
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		try (AgentStompClient console = AgentStompClient.connect(this.port, suzuki.sessionCookie(),
				new StompHeaders())) {
			console.subscribe("/topic/console.agent.csm-sato");
			assertThat(console.errorMessage()).contains("forbidden destination");
		}
	}

	@Test
	void aCustomerCannotTypeIntoSomeoneElsesConversation() throws Exception {
		String conversation;
		try (CustomerSession high = CustomerSession.connect(this.port, "demo-high")) {
			high.send(Map.of("type", "ask", "id", "q-1", "text", "領収書"));
			conversation = high.replyTo("q-1").path("conversationId").asString();
		}
		try (CustomerSession other = CustomerSession.connect(this.port, "demo-low")) {
			other.send(Map.of("type", "typing", "id", "t-1", "conversationId", conversation));
			JsonNode error = other.replyTo("t-1");
			assertThat(error.path("type").asString()).isEqualTo("error");
			assertThat(error.path("code").asString()).isEqualTo("conversation_not_found");
		}
	}

	private HttpResponse<String> withToken(String path, String token, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
