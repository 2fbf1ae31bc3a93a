package dev.fureai.agents;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 1:1 live chat end to end with real STOMP clients on both sides: a customer's widget
 * connection on {@code /ws} and agents' consoles on {@code /ws/agent}, the agents' REST
 * calls with session and CSRF token.
 */
@AgentsServerTest
class LiveChatTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void escalateClaimChatBothWaysWithTypingReconnectAndResolve() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		AgentStompClient console = console(sato, "csm-sato", "HIGH_TOUCH");
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-high")) {
			// escalate: the right console hears of it live
			customer.send(Map.of("type", "ask", "id", "q-1", "text", "担当者と話したい"));
			JsonNode escalated = customer.replyTo("q-1");
			assertThat(escalated.path("type").asString()).isEqualTo("escalated");
			String conversation = escalated.path("conversationId").asString();
			String escalation = escalated.path("queue").path("escalationId").asString();
			// with the words that led to it, though the chat stores that turn only after
			assertThat(awaitOn(console, escalation)).contains("\"escalated\"", "担当者と話したい");

			// claim: the customer sees who answers
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/claim", "").statusCode()).isEqualTo(200);
			JsonNode joined = customer.next("agent_joined");
			assertThat(joined.path("agentName").asString()).isEqualTo("佐藤");
			assertThat(joined.path("conversationId").asString()).isEqualTo(conversation);

			// the agent writes (a resend of the same id is harmless) and types
			String hello = "佐藤です。領収書の宛名はこちらで変更できます: /articles/billing-receipt";
			HttpResponse<String> sent = sato.post("/api/agent/escalations/" + escalation + "/messages",
					JSON.writeValueAsString(Map.of("id", "a-1", "text", hello)));
			assertThat(sent.statusCode()).isEqualTo(200);
			assertThat(AgentBrowser.json(sent).path("id").asString()).isEqualTo("a-1");
			JsonNode message = customer.next("agent_message");
			assertThat(message.path("id").asString()).isEqualTo("a-1");
			assertThat(message.path("text").asString()).isEqualTo(hello);
			assertThat(message.path("agentName").asString()).isEqualTo("佐藤");
			assertThat(sato
				.post("/api/agent/escalations/" + escalation + "/messages",
						JSON.writeValueAsString(Map.of("id", "a-1", "text", hello)))
				.statusCode()).isEqualTo(200);
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/typing", "").statusCode()).isEqualTo(204);
			assertThat(customer.next("agent_typing").path("agentName").asString()).isEqualTo("佐藤");

			// the customer types and writes: the agent's console gets both, the bot stays
			// quiet
			customer.send(Map.of("type", "typing", "id", "t-1", "conversationId", conversation));
			assertThat(awaitOn(console, "customer_typing")).contains(escalation);
			customer.send(Map.of("type", "ask", "id", "q-2", "conversationId", conversation, "text", "領収書の宛名を変えたいです"));
			assertThat(customer.replyTo("q-2").path("type").asString()).isEqualTo("ack");
			String live = awaitOn(console, "customer_message");
			assertThat(live).contains("領収書の宛名を変えたいです", escalation, "q-2");

			// the console drops; meanwhile the customer writes; after reconnecting the
			// card has everything once
			console.close();
			customer.send(Map.of("type", "ask", "id", "q-3", "conversationId", conversation, "text", "まだいますか"));
			assertThat(customer.replyTo("q-3").path("type").asString()).isEqualTo("ack");
			console = console(sato, "csm-sato", "HIGH_TOUCH");
			JsonNode card = AgentBrowser.json(sato.get("/api/agent/escalations/" + escalation));
			List<String> ids = ids(card.path("transcript"));
			assertThat(ids).contains("q-1", "q-2", "q-3", "a-1").doesNotHaveDuplicates();
			assertThat(types(card.path("transcript"))).doesNotContain("answer", "clarify", "no_answer");
			assertThat(JSON.readTree(sato.get("/api/agent/queues").body()).path("mine").toString())
				.contains(escalation);

			// resolve: the customer is told the person is done
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/resolve", "{\"note\":\"宛名変更の手順を案内\"}")
				.statusCode()).isEqualTo(200);
			assertThat(customer.next("agent_left").path("reason").asString()).isEqualTo("resolved");
			// and the queue card stops saying a person is handling it (sent by routing,
			// not
			// with agent_left: either may come first)
			JsonNode closed = customer
				.received(
						(m) -> "queue_status".equals(m.path("type").asString(""))
								&& "resolved".equals(m.path("queue").path("status").asString("")),
						"queue_status resolved");
			assertThat(closed.path("queue").path("escalationId").asString()).isEqualTo(escalation);
			assertThat(closed.path("message").asString()).isEqualTo("このお問い合わせの対応は終了しています。");
			// the customer sees each agent message once by id however often it came
			Set<String> agentIds = new HashSet<>();
			customer.seen.stream()
				.filter((m) -> m.path("type").asString("").equals("agent_message"))
				.forEach((m) -> agentIds.add(m.path("id").asString()));
			assertThat(agentIds).containsExactly("a-1");
		}
		finally {
			console.close();
		}
	}

	@Test
	void transferToANamedLowTouchAgentThenHandBackToTheBot() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		AgentStompClient suzukiConsole = console(suzuki, "csm-suzuki", "LOW_TOUCH");
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-high")) {
			customer.send(Map.of("type", "ask_for_person", "id", "p-1"));
			JsonNode escalated = customer.replyTo("p-1");
			String conversation = escalated.path("conversationId").asString();
			String escalation = escalated.path("queue").path("escalationId").asString();
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/claim", "").statusCode()).isEqualTo(200);
			customer.next("agent_joined");

			// a low-touch CSM may not open a high-touch conversation not transferred to
			// them
			assertThat(suzuki.get("/api/agent/escalations/" + escalation).statusCode()).isEqualTo(403);
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/transfer", "{\"agent\":\"nobody\"}")
				.statusCode()).isEqualTo(400);
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/transfer", "{\"agent\":\"boss\"}")
				.statusCode()).isEqualTo(400);
			HttpResponse<String> transferred = sato.post("/api/agent/escalations/" + escalation + "/transfer",
					"{\"agent\":\"csm-suzuki\"}");
			assertThat(transferred.statusCode()).isEqualTo(200);
			assertThat(AgentBrowser.json(transferred).path("claimedBy").asString()).isEqualTo("csm-suzuki");
			assertThat(customer.next("agent_joined").path("agentName").asString()).isEqualTo("csm-suzuki");
			assertThat(awaitOn(suzukiConsole, escalation)).contains("status_changed");

			// now theirs: suzuki opens and writes; sato no longer may
			assertThat(suzuki.get("/api/agent/escalations/" + escalation).statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(suzuki.get("/api/agent/queues").body()).path("mine").toString())
				.contains(escalation);
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/messages", "{\"text\":\"まだ私です\"}")
				.statusCode()).isEqualTo(403);
			assertThat(suzuki.post("/api/agent/escalations/" + escalation + "/messages", "{\"text\":\"鈴木が引き継ぎました\"}")
				.statusCode()).isEqualTo(200);
			assertThat(customer.next("agent_message").path("text").asString()).isEqualTo("鈴木が引き継ぎました");

			// hand back: the customer is told, and the bot answers again
			assertThat(suzuki.post("/api/agent/escalations/" + escalation + "/hand-back", "").statusCode())
				.isEqualTo(200);
			assertThat(customer.next("agent_left").path("reason").asString()).isEqualTo("handed_back");
			assertThat(suzuki.post("/api/agent/escalations/" + escalation + "/hand-back", "").statusCode())
				.isEqualTo(403);
			customer.send(Map.of("type", "ask", "id", "q-9", "conversationId", conversation, "text", "領収書"));
			JsonNode answer = customer.replyTo("q-9");
			assertThat(answer.path("type").asString()).isEqualTo("answer");
			assertThat(answer.path("articleId").asString()).isEqualTo("billing-receipt");
			assertThat(sato.get("/api/agent/escalations/" + escalation).body()).contains("TRANSFERRED_TO_AGENT",
					"HANDED_BACK");
		}
		finally {
			suzukiConsole.close();
		}
	}

	@Test
	void transferToAPoolPutsItBackInTheQueueAndTheCustomerIsTold() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-high")) {
			customer.send(Map.of("type", "ask_for_person", "id", "p-1"));
			String escalation = customer.replyTo("p-1").path("queue").path("escalationId").asString();
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/claim", "").statusCode()).isEqualTo(200);
			assertThat(sato.post("/api/agent/escalations/" + escalation + "/transfer", "{\"pool\":\"NOWHERE\"}")
				.statusCode()).isEqualTo(400);
			assertThat(sato
				.post("/api/agent/escalations/" + escalation + "/transfer",
						"{\"pool\":\"LOW_TOUCH\",\"agent\":\"csm-suzuki\"}")
				.statusCode()).isEqualTo(400);
			HttpResponse<String> moved = sato.post("/api/agent/escalations/" + escalation + "/transfer",
					"{\"pool\":\"LOW_TOUCH\"}");
			assertThat(moved.statusCode()).isEqualTo(200);
			assertThat(AgentBrowser.json(moved).path("status").asString()).isEqualTo("WAITING");
			assertThat(customer.next("agent_left").path("reason").asString()).isEqualTo("transferred");
			// the new place in line, sent by routing: before or after agent_left
			JsonNode status = customer.received(
					(m) -> "queue_status".equals(m.path("type").asString(""))
							&& "low_touch_pool".equals(m.path("queue").path("answeredBy").asString("")),
					"queue_status in the pool");
			assertThat(status.path("queue").path("status").asString()).isEqualTo("waiting");
			assertThat(suzuki.get("/api/agent/queues").body()).contains(escalation);
			assertThat(suzuki.post("/api/agent/escalations/" + escalation + "/claim", "").statusCode()).isEqualTo(200);
			assertThat(customer.next("agent_joined").path("agentName").asString()).isEqualTo("csm-suzuki");
		}
	}

	@Test
	void theContextCardShowsArticlesShownFeedbackAndPreviousEscalations() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		String first;
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-high")) {
			customer.send(Map.of("type", "ask_for_person", "id", "p-1"));
			first = customer.replyTo("p-1").path("queue").path("escalationId").asString();
			sato.post("/api/agent/escalations/" + first + "/claim", "");
			sato.post("/api/agent/escalations/" + first + "/resolve", "{\"note\":\"前回: 請求書の再発行\"}");
		}
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-high")) {
			customer.send(Map.of("type", "ask", "id", "q-1", "text", "領収書"));
			JsonNode answer = customer.replyTo("q-1");
			String conversation = answer.path("conversationId").asString();
			customer.send(Map.of("type", "feedback", "id", "f-1", "conversationId", conversation, "answerId",
					answer.path("id").asString(), "resolved", false, "comment", "宛名を変えたい"));
			customer.replyTo("f-1");
			customer.send(Map.of("type", "ask_for_person", "id", "p-2", "conversationId", conversation));
			String second = customer.replyTo("p-2").path("queue").path("escalationId").asString();
			JsonNode card = AgentBrowser.json(sato.get("/api/agent/escalations/" + second));
			assertThat(card.path("articlesShown").toString()).contains("billing-receipt", "領収書を発行する");
			assertThat(card.path("feedback").get(0).path("resolved").asBoolean()).isFalse();
			assertThat(card.path("feedback").get(0).path("comment").asString()).isEqualTo("宛名を変えたい");
			assertThat(card.path("feedback").get(0).path("answerTitle").asString()).isEqualTo("領収書を発行する");
			assertThat(card.path("previous").toString()).contains(first, "前回: 請求書の再発行", "RESOLVED")
				.doesNotContain(second);
		}
	}

	private AgentStompClient console(AgentBrowser agent, String id, String pool) throws Exception {
		AgentStompClient client = AgentStompClient.connect(this.port, agent.sessionCookie(), new StompHeaders());
		client.subscribe("/topic/console.agent." + id);
		client.subscribe("/topic/console.pool." + pool);
		Thread.sleep(200); // the SUBSCRIBEs are on their way
		return client;
	}

	/** The next console message containing {@code text} (others are passed over). */
	private static String awaitOn(AgentStompClient console, String text) throws InterruptedException {
		while (true) {
			String message = console.next();
			if (message.contains(text)) {
				return message;
			}
		}
	}

	private static List<String> ids(JsonNode lines) {
		return lines.valueStream().map((line) -> line.path("id").asString()).toList();
	}

	private static List<String> types(JsonNode lines) {
		return lines.valueStream().map((line) -> line.path("type").asString()).toList();
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

}
