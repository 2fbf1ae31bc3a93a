package dev.fureai.agents;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import dev.fureai.chat.Transcripts;
import dev.fureai.content.Article;
import dev.fureai.content.ContentScanner;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.FaqDrafts;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.Escalations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-to-many end to end, with real STOMP customers and an agent signed in over HTTP:
 * low-touch customers ask the same thing and ask for a person, the console groups them,
 * one answer reaches each customer in their own conversation, every escalation is
 * resolved with the note, and the FAQ draft holds their own phrasings.
 */
@GroupsServerTest
class GroupAnswerTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ANSWER = "請求書の宛名は「契約とお支払い」→「請求先情報」で変更できます。変更後に発行する請求書から反映されます。";

	@LocalServerPort
	int port;

	@Autowired
	Escalations escalations;

	@Autowired
	AgentActions actions;

	@Autowired
	Transcripts transcripts;

	@Autowired
	FaqDrafts drafts;

	private final List<WaitingCustomer> customers = new ArrayList<>();

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void emptyLowTouchPool() {
		GroupFixtures.abandonWaiting(this.escalations, this.transactions);
	}

	@AfterEach
	void hangUp() {
		this.customers.forEach(WaitingCustomer::close);
	}

	@Test
	void threeCustomersAskingTheSameThingGetOneAnswerEachInTheirOwnConversation() throws Exception {
		WaitingCustomer aoki = escalated("low-aoki", "請求書の宛名を変更したい");
		WaitingCustomer ueda = escalated("low-ueda", "請求書の宛名を変えたいです");
		WaitingCustomer endo = escalated("low-endo", "請求書の宛名って変えられますか？");
		WaitingCustomer other = escalated("low-ota", "二段階認証を設定したい");
		AgentBrowser suzuki = new AgentBrowser(this.port);
		assertThat(suzuki.signIn("csm-suzuki", "suzuki-pass")).endsWith("/console");

		JsonNode groups = AgentBrowser.json(suzuki.get("/api/agent/groups")).path("groups");
		assertThat(groups).hasSize(1);
		JsonNode group = groups.get(0);
		assertThat(group.path("reason").asString()).isEqualTo("SAME_ARTICLE");
		assertThat(group.path("articleId").asString()).isEqualTo("billing-invoice-address");
		assertThat(group.path("articleTitle").asString()).isEqualTo("請求書の宛名・送付先を変更する");
		assertThat(group.path("sharedTerms")).extracting(JsonNode::asString).contains("宛名", "請求");
		assertThat(ids(group.path("entries"))).containsExactly(escalationOf(aoki), escalationOf(ueda),
				escalationOf(endo));
		assertThat(ids(group.path("entries"))).doesNotContain(escalationOf(other));

		HttpResponse<String> response = suzuki.post("/api/agent/groups/answer", JSON.writeValueAsString(Map
			.of("escalationIds", ids(group.path("entries")), "answer", ANSWER, "reason", "同じ記事: 請求書の宛名・送付先を変更する")));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode sent = AgentBrowser.json(response);
		assertThat(ids(sent.path("answered"))).containsExactly(escalationOf(aoki), escalationOf(ueda),
				escalationOf(endo));
		assertThat(sent.path("leftOut")).isEmpty();
		assertThat(sent.path("questions")).extracting(JsonNode::asString)
			.containsExactly("請求書の宛名を変更したい", "請求書の宛名を変えたいです", "請求書の宛名って変えられますか？");
		for (WaitingCustomer customer : List.of(aoki, ueda, endo)) {
			JsonNode message = customer.await("agent_message");
			assertThat(message.path("conversationId").asString()).isEqualTo(customer.conversationId());
			assertThat(message.path("text").asString()).isEqualTo(ANSWER);
			// the family name, as in a 1:1 chat
			assertThat(message.path("agentName").asString()).isEqualTo("鈴木");
			// told that the person is done, as after a 1:1 resolve
			JsonNode left = customer.await("agent_left");
			assertThat(left.path("reason").asString()).isEqualTo("resolved");
			assertThat(left.path("agentName").asString()).isEqualTo("鈴木");
			assertThat(customer.seen.indexOf(left)).isGreaterThan(customer.seen.indexOf(message));
			Escalation e = this.escalations.find(escalationOf(customer)).orElseThrow();
			assertThat(e.status()).isEqualTo(EscalationStatus.RESOLVED);
			assertThat(e.claimedBy()).isEqualTo("csm-suzuki");
			assertThat(this.actions.of(e.id())).extracting(AgentActions.Action::kind)
				.containsExactly(AgentActions.Kind.TAKEN_FOR_GROUP, AgentActions.Kind.RESOLVED);
			assertThat(this.actions.of(e.id()).get(1).note()).startsWith("一括回答（3件）: 請求書の宛名は");
			// stored in the customer's own conversation, once
			assertThat(this.transcripts.of(customer.conversationId(), 200)
				.stream()
				.filter((line) -> "agent_message".equals(line.type()))
				.map((line) -> line.message().path("text").asString())).containsExactly(ANSWER);
		}
		assertThat(other.count("agent_message")).isZero();
		assertThat(this.escalations.find(escalationOf(other)).orElseThrow().status())
			.isEqualTo(EscalationStatus.WAITING);
		assertThat(AgentBrowser.json(suzuki.get("/api/agent/groups")).path("groups")).isEmpty();

		HttpResponse<String> draft = suzuki.post("/api/agent/group-answers/" + sent.path("id").asString() + "/draft",
				JSON.writeValueAsString(Map.of("title", "請求書の宛名を変更するには")));

		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		JsonNode file = AgentBrowser.json(draft);
		assertThat(file.path("file").asString()).isEqualTo("drafts/請求書の宛名を変更するには.md");
		Path written = this.drafts.directory().resolve("請求書の宛名を変更するには.md");
		assertThat(written).exists();
		assertThat(Files.readString(written)).contains(ANSWER);
		ContentSnapshot draftsOnly = ContentScanner.scan(this.drafts.directory());
		assertThat(draftsOnly.problems()).isEmpty();
		Article article = draftsOnly.article(file.path("id").asString()).orElseThrow();
		assertThat(article.title()).isEqualTo("請求書の宛名を変更するには");
		assertThat(article.questions()).containsExactly("請求書の宛名を変更したい", "請求書の宛名を変えたいです", "請求書の宛名って変えられますか？");
		// not served: the content as loaded does not contain it
		assertThat(ContentScanner.scan(this.drafts.directory().getParent()).article(file.path("id").asString()))
			.isEmpty();
		assertThat(suzuki.get("/articles/" + file.path("id").asString()).statusCode()).isEqualTo(404);

		// a second draft from the same answer never overwrites the first
		HttpResponse<String> again = suzuki.post("/api/agent/group-answers/" + sent.path("id").asString() + "/draft",
				JSON.writeValueAsString(Map.of("title", "請求書の宛名を変更するには")));
		assertThat(AgentBrowser.json(again).path("file").asString()).isEqualTo("drafts/請求書の宛名を変更するには-2.md");
	}

	@Test
	void oneTakenBySomeoneElseInBetweenIsLeftOutAndReported() throws Exception {
		WaitingCustomer kudo = escalated("low-kudo", "CSVで取引先を一括登録したい");
		WaitingCustomer saito = escalated("low-saito", "取引先をCSVでまとめて登録する方法");
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		JsonNode group = AgentBrowser.json(suzuki.get("/api/agent/groups")).path("groups").get(0);
		assertThat(ids(group.path("entries"))).containsExactly(escalationOf(kudo), escalationOf(saito));
		// another low-touch CSM takes one while suzuki is writing
		AgentBrowser kato = new AgentBrowser(this.port);
		kato.signIn("csm-kato", "kato-pass");
		assertThat(kato.post("/api/agent/escalations/" + escalationOf(saito) + "/claim", "").statusCode())
			.isEqualTo(200);

		JsonNode sent = AgentBrowser
			.json(suzuki.post("/api/agent/groups/answer", JSON.writeValueAsString(Map.of("escalationIds",
					ids(group.path("entries")), "answer", "「設定」→「データ取り込み」からCSVで登録できます。", "note", "CSV取り込みの手順を案内"))));

		assertThat(ids(sent.path("answered"))).containsExactly(escalationOf(kudo));
		assertThat(sent.path("leftOut")).singleElement().satisfies((left) -> {
			assertThat(left.path("id").asString()).isEqualTo(escalationOf(saito));
			assertThat(left.path("reason").asString()).isEqualTo("taken");
			assertThat(left.path("claimedBy").asString()).isEqualTo("csm-kato");
		});
		assertThat(kudo.await("agent_message").path("text").asString()).startsWith("「設定」");
		assertThat(this.actions.of(escalationOf(kudo)).getLast().note()).isEqualTo("CSV取り込みの手順を案内");
		Escalation taken = this.escalations.find(escalationOf(saito)).orElseThrow();
		assertThat(taken.status()).isEqualTo(EscalationStatus.CLAIMED);
		assertThat(taken.claimedBy()).isEqualTo("csm-kato");
		assertThat(this.transcripts.of(saito.conversationId(), 200))
			.noneMatch((line) -> "agent_message".equals(line.type()));
		assertThat(saito.count("agent_message")).isZero();

		// when every one of them is gone: 409 and the reasons
		HttpResponse<String> none = suzuki.post("/api/agent/groups/answer", JSON.writeValueAsString(
				Map.of("escalationIds", List.of(escalationOf(kudo), escalationOf(saito)), "answer", "もう一度")));
		assertThat(none.statusCode()).isEqualTo(409);
		assertThat(AgentBrowser.json(none).path("leftOut")).extracting((j) -> j.path("reason").asString())
			.containsExactly("not_waiting", "taken");
	}

	@Test
	void twoAgentsAnsweringTheSameGroupAtOnceNeverAnswerACustomerTwice() throws Exception {
		WaitingCustomer sugita = escalated("low-sugita", "APIの利用上限を知りたい");
		WaitingCustomer seki = escalated("low-seki", "APIの利用上限はいくつですか");
		WaitingCustomer sono = escalated("low-sono", "APIの上限を教えてください");
		List<String> ids = List.of(escalationOf(sugita), escalationOf(seki), escalationOf(sono));
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		AgentBrowser kato = new AgentBrowser(this.port);
		kato.signIn("csm-kato", "kato-pass");
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<JsonNode>> results = new ArrayList<>();
			for (AgentBrowser agent : List.of(suzuki, kato)) {
				results.add(pool.submit(() -> {
					String body = JSON.writeValueAsString(Map.of("escalationIds", ids, "answer", "上限は1分あたり60回です。"));
					start.await(10, TimeUnit.SECONDS);
					HttpResponse<String> response = agent.post("/api/agent/groups/answer", body);
					assertThat(response.statusCode()).isIn(200, 409);
					return AgentBrowser.json(response);
				}));
			}
			List<String> answered = new ArrayList<>();
			List<String> leftOut = new ArrayList<>();
			for (Future<JsonNode> result : results) {
				JsonNode sent = result.get(30, TimeUnit.SECONDS);
				answered.addAll(ids(sent.path("answered")));
				leftOut.addAll(ids(sent.path("leftOut")));
			}
			// every customer answered exactly once, by one of the two; the other was told
			assertThat(answered).containsExactlyInAnyOrderElementsOf(ids);
			assertThat(leftOut).containsExactlyInAnyOrderElementsOf(ids);
		}
		finally {
			pool.shutdownNow();
		}
		for (WaitingCustomer customer : List.of(sugita, seki, sono)) {
			customer.await("agent_message");
			assertThat(this.transcripts.of(customer.conversationId(), 200))
				.filteredOn((line) -> "agent_message".equals(line.type()))
				.hasSize(1);
			assertThat(this.escalations.find(customer.escalationId()).orElseThrow().status())
				.isEqualTo(EscalationStatus.RESOLVED);
		}
	}

	private WaitingCustomer escalated(String customerId, String question) throws Exception {
		WaitingCustomer customer = WaitingCustomer.connect(this.port, customerId);
		this.customers.add(customer);
		customer.ask(question);
		JsonNode escalated = customer.askForPerson();
		assertThat(escalated.path("outcome").asString()).as(escalated.toString()).isEqualTo("queued");
		assertThat(escalated.path("queue").path("answeredBy").asString()).isEqualTo("low_touch_pool");
		return customer;
	}

	private static String escalationOf(WaitingCustomer customer) {
		return customer.escalationId();
	}

	static List<String> ids(JsonNode entries) {
		return StreamSupport.stream(entries.spliterator(), false).map((e) -> e.path("id").asString()).toList();
	}

}
