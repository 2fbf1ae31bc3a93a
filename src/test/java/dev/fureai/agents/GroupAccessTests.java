package dev.fureai.agents;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import dev.fureai.content.FaqDrafts;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.Routing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see groups, send a group answer and write a FAQ draft: low-touch CSMs only.
 * Anonymous visitors, a customer's token, a high-touch CSM and an admin without a CSM
 * role are refused, and a refused or malformed request changes nothing.
 */
@GroupsServerTest
class GroupAccessTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Escalations escalations;

	@Autowired
	Routing routing;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FaqDrafts drafts;

	private WaitingCustomer customer;

	@BeforeEach
	void emptyLowTouchPool() {
		GroupFixtures.abandonWaiting(this.escalations, this.transactions);
	}

	@AfterEach
	void hangUp() {
		if (this.customer != null) {
			this.customer.close();
		}
	}

	@Test
	void anonymousVisitorsAndCustomerTokensAreRefused() throws Exception {
		AgentBrowser anonymous = new AgentBrowser(this.port);
		assertThat(anonymous.get("/api/agent/groups").statusCode()).isEqualTo(401);
		// no session, no CSRF token: refused before anything runs
		assertThat(anonymous.post("/api/agent/groups/answer", "{}").statusCode()).isEqualTo(403);
		assertThat(anonymous.post("/api/agent/group-answers/x/draft", "{}").statusCode()).isEqualTo(403);
		HttpClient http = HttpClient.newHttpClient();
		String token = ConsoleAccessTests.customerToken("low-chiba");
		for (String path : List.of("/api/agent/groups", "/api/agent/groups/answer",
				"/api/agent/group-answers/x/draft")) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + token);
			HttpResponse<String> response = http.send(path.endsWith("groups") ? request.GET().build()
					: request.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{}"))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isIn(401, 403);
		}
	}

	@Test
	void onlyLowTouchCsmsMayUseGroups() throws Exception {
		Escalation waiting = escalatedLowTouch("low-tsuda");
		String answer = body(List.of(waiting.id()), "回答です");
		for (String[] who : new String[][] { { "csm-sato", "sato-pass" }, { "boss", "boss-pass" } }) {
			AgentBrowser agent = new AgentBrowser(this.port);
			agent.signIn(who[0], who[1]);
			assertThat(agent.get("/api/agent/groups").statusCode()).as(who[0]).isEqualTo(403);
			assertThat(agent.post("/api/agent/groups/answer", answer).statusCode()).as(who[0]).isEqualTo(403);
		}
		assertThat(this.escalations.find(waiting.id()).orElseThrow().status()).isEqualTo(EscalationStatus.WAITING);
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		assertThat(suzuki.get("/api/agent/groups").statusCode()).isEqualTo(200);
	}

	@Test
	void aHighTouchEscalationCannotBeAnsweredAsAGroupMember() throws Exception {
		Escalation high = Escalate.askForPerson(this.routing, this.transactions, "demo-high");
		Escalation low = escalatedLowTouch("low-sugita");
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");

		HttpResponse<String> response = suzuki.post("/api/agent/groups/answer",
				body(List.of(low.id(), high.id()), "回答です"));

		assertThat(response.statusCode()).isEqualTo(403);
		// nothing happened to either
		assertThat(this.escalations.find(high.id()).orElseThrow().status()).isEqualTo(EscalationStatus.WAITING);
		assertThat(this.escalations.find(low.id()).orElseThrow().status()).isEqualTo(EscalationStatus.WAITING);
		assertThat(this.customer.count("agent_message")).isZero();
		this.escalations.abandon(high.id());
	}

	@Test
	void malformedRequestsGetAClearErrorAndChangeNothing() throws Exception {
		Escalation low = escalatedLowTouch("low-seki");
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		List<String> ids = List.of(low.id());
		for (String bad : List.of(body(ids, ""), body(ids, "  \n "), body(ids, "あ".repeat(2001)), body(List.of(), "回答"),
				"{\"escalationIds\": \"" + low.id() + "\", \"answer\": \"回答\"}",
				"{\"escalationIds\": [1, 2], \"answer\": \"回答\"}",
				"{\"escalationIds\": [\"" + low.id() + "\"], \"answer\": 42}",
				JSON.writeValueAsString(Map.of("escalationIds", ids, "answer", "回答", "note", "x".repeat(501))), "{}",
				"")) {
			HttpResponse<String> response = suzuki.post("/api/agent/groups/answer", bad);
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(AgentBrowser.json(response).path("message").asString()).as(bad).isNotBlank();
		}
		// an empty field is said to be required, a long one its limit
		Map<String, String> said = new LinkedHashMap<>();
		said.put(body(ids, ""), "回答を入力してください (an answer is required)");
		said.put(body(ids, "  \n "), "回答を入力してください (an answer is required)");
		said.put(body(ids, "あ".repeat(2001)), "回答は2000文字以内で入力してください (an answer has at most 2000 characters)");
		said.put(body(List.of(), "回答"), "送り先を選んでください (choose at least one escalation)");
		said.put(JSON.writeValueAsString(Map.of("escalationIds", ids, "answer", "回答", "note", "x".repeat(501))),
				"対応メモは500文字以内で入力してください (a note has at most 500 characters)");
		for (Map.Entry<String, String> bad : said.entrySet()) {
			HttpResponse<String> response = suzuki.post("/api/agent/groups/answer", bad.getKey());
			assertThat(AgentBrowser.json(response).path("message").asString()).as(bad.getKey())
				.isEqualTo(bad.getValue());
		}
		assertThat(this.escalations.find(low.id()).orElseThrow().status()).isEqualTo(EscalationStatus.WAITING);
		assertThat(this.customer.count("agent_message")).isZero();
		assertThat(suzuki.post("/api/agent/groups/answer", body(List.of("no-such-escalation"), "回答")).statusCode())
			.isEqualTo(409);
	}

	@Test
	void onlyTheAuthorOfAGroupAnswerMayDraftFromItAndTheTitleIsRequired() throws Exception {
		Escalation low = escalatedLowTouch("low-sono");
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		JsonNode sent = AgentBrowser
			.json(suzuki.post("/api/agent/groups/answer", body(List.of(low.id()), "API の上限は1分あたり60回です。")));
		String draftPath = "/api/agent/group-answers/" + sent.path("id").asString() + "/draft";
		long before = countDrafts();

		AgentBrowser kato = new AgentBrowser(this.port);
		kato.signIn("csm-kato", "kato-pass");
		assertThat(kato.post(draftPath, "{\"title\": \"APIの上限\"}").statusCode()).isEqualTo(403);
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		assertThat(sato.post(draftPath, "{\"title\": \"APIの上限\"}").statusCode()).isEqualTo(403);
		assertThat(suzuki.post("/api/agent/group-answers/no-such-answer/draft", "{\"title\": \"APIの上限\"}").statusCode())
			.isEqualTo(404);
		for (String bad : List.of("{}", "{\"title\": \"  \"}", "{\"title\": 7}",
				JSON.writeValueAsString(Map.of("title", "題".repeat(201))))) {
			HttpResponse<String> response = suzuki.post(draftPath, bad);
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(AgentBrowser.json(response).path("message").asString()).isNotBlank();
		}
		for (String empty : List.of("{}", "{\"title\": \"  \"}")) {
			assertThat(AgentBrowser.json(suzuki.post(draftPath, empty)).path("message").asString()).as(empty)
				.isEqualTo("タイトルを入力してください (a title is required)");
		}
		assertThat(countDrafts()).isEqualTo(before);

		HttpResponse<String> traversal = suzuki.post(draftPath, "{\"title\": \"../../../../tmp/evil\"}");
		assertThat(traversal.statusCode()).isEqualTo(201);
		assertThat(AgentBrowser.json(traversal).path("file").asString()).isEqualTo("drafts/tmp-evil.md");
		assertThat(this.drafts.directory().resolve("tmp-evil.md")).exists();
		assertThat(countDrafts()).isEqualTo(before + 1);
	}

	private long countDrafts() throws Exception {
		if (!Files.isDirectory(this.drafts.directory())) {
			return 0;
		}
		try (var files = Files.list(this.drafts.directory())) {
			return files.count();
		}
	}

	/** A low-touch customer with a real conversation, waiting in the pool. */
	private Escalation escalatedLowTouch(String customerId) throws Exception {
		this.customer = WaitingCustomer.connect(this.port, customerId);
		this.customer.ask("APIの利用上限を知りたい");
		this.customer.askForPerson();
		return this.escalations.find(this.customer.escalationId()).orElseThrow();
	}

	private static String body(List<String> ids, String answer) {
		return JSON.writeValueAsString(Map.of("escalationIds", ids, "answer", answer));
	}

}
