package dev.fureai.routing;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.fureai.customers.CustomerId;

import static dev.fureai.routing.EscalationStoreContract.FRIDAY_MORNING;
import static dev.fureai.routing.TestSettings.customer;
import static dev.fureai.routing.TestSettings.withCsm;
import static org.assertj.core.api.Assertions.assertThat;
import dev.fureai.testing.TestDatabases;

/** What the chat gets back, per tier and trigger (H2; the store itself runs on both). */
class EscalationDeskTests {

	private final DataSource dataSource = TestDatabases.h2();

	private RoutingWorld world = world(new NobodyOnline());

	@AfterEach
	void tearDown() {
		TestDatabases.drop(this.dataSource);
	}

	@Test
	void theSameRequestGivesThreeOutcomesForThreeTiers() {
		EscalationOutcome tech = this.world.desk.onQuestion(ref("c-tech", "demo-tech"), "担当者と話したい");
		assertThat(tech.kind()).isEqualTo(EscalationOutcome.Kind.SELF_SERVICE);
		assertThat(tech.tier()).isEqualTo(CustomerTier.TECH_TOUCH);
		assertThat(tech.selfService()).extracting(SelfServiceLink::kind)
			.containsExactly("community", "webinar", "ticket");
		assertThat(tech.queueStatus()).isEmpty();
		assertThat(tech.message()).isEqualTo("このご質問には、担当者ではなく次の方法でご案内しています。");

		EscalationOutcome low = this.world.desk.onQuestion(ref("c-low", "demo-low"), "担当者と話したい");
		assertThat(low.kind()).isEqualTo(EscalationOutcome.Kind.QUEUED);
		assertThat(low.queue().escalation().pool()).isEqualTo(QueuePool.LOW_TOUCH);
		assertThat(low.message()).as("the customer is not told the CS team's tier words")
			.startsWith("サポートチームの担当者が順番にご対応します。現在 1 番目です。");

		EscalationOutcome high = this.world.desk.onQuestion(ref("c-high", "demo-high"), "担当者と話したい");
		assertThat(high.kind()).isEqualTo(EscalationOutcome.Kind.QUEUED);
		assertThat(high.tierReason()).isEqualTo("LTV ¥12,600,000 ≥ ¥10,000,000 → ハイタッチ");
		assertThat(high.queue().escalation().pool()).isEqualTo(QueuePool.HIGH_TOUCH);
		assertThat(high.queue().escalation().notifiedCsm()).isEqualTo("csm-sato");
		assertThat(high.message()).endsWith("担当のカスタマーサクセスにもお知らせしました。");
		assertThat(this.world.events(ConversationEscalated.class)).hasSize(2);
	}

	@Test
	void anOnlineOwnCsmGetsTheirHighTouchCustomerDirectly() {
		this.world = world(new AgentPresence() {

			@Override
			public boolean isOnline(String agentId) {
				return agentId.equals("csm-sato");
			}

			@Override
			public int onlineIn(QueuePool pool) {
				return 1;
			}

		});
		EscalationOutcome high = this.world.desk.onAskForPerson(ref("c-high", "demo-high"), null);
		assertThat(high.queue().escalation().assignee()).isEqualTo("csm-sato");
		assertThat(high.queue().escalation().notifiedCsm()).isNull();
		assertThat(high.message()).startsWith("担当のカスタマーサクセスにおつなぎしました。");
	}

	@Test
	void churnRiskIsRecordedInEveryTierAndQueuedByTier() {
		EscalationOutcome low = this.world.desk.onQuestion(ref("c-low", "demo-low"), "解約したいんですが");
		assertThat(low.kind()).isEqualTo(EscalationOutcome.Kind.QUEUED);
		assertThat(low.triggers()).containsExactly(EscalationTrigger.CHURN_RISK);
		assertThat(low.queue().escalation().churnRisk()).isTrue();

		EscalationOutcome tech = this.world.desk.onQuestion(ref("c-tech", "demo-tech"), "退会したい");
		assertThat(tech.kind()).as("tech touch: links, and the low pool at low priority")
			.isEqualTo(EscalationOutcome.Kind.QUEUED);
		assertThat(tech.selfService()).isNotEmpty();
		assertThat(tech.queue().escalation().tier()).isEqualTo(CustomerTier.TECH_TOUCH);
		assertThat(tech.queue().position()).isEqualTo(2);
		assertThat(tech.message()).as("a person will answer: not the text that says none will")
			.isEqualTo(CustomerMessages.CHURN_SHARED + "サポートチームの担当者が順番にご対応します。現在 2 番目です。待ち時間の目安は約20分です。")
			.doesNotContain(CustomerMessages.SELF_SERVICE);

		EscalationOutcome anonymous = this.world.desk.onQuestion(ConversationRef.anonymous("c-anon"),
				"I want a refund");
		assertThat(anonymous.tier()).isEqualTo(CustomerTier.TECH_TOUCH);
		assertThat(anonymous.tierReason()).isEqualTo("匿名の訪問者 → テックタッチ");

		assertThat(this.world.events(ChurnRiskDetected.class)).extracting(ChurnRiskDetected::phrase)
			.containsExactly("解約", "退会", "refund");
		assertThat(this.world.churnSignals.countFor("c-tech")).isEqualTo(1);
	}

	@Test
	void techTouchChurnStaysSelfServiceWhenTheSettingIsOff() {
		RoutingWorld off = new RoutingWorld(this.dataSource, FRIDAY_MORNING,
				TestSettings.routing("tech-touch-churn-to-low-pool=false"), new NobodyOnline());
		demoCustomers(off);
		EscalationOutcome tech = off.desk.onQuestion(ref("c-tech", "demo-tech"), "解約したい");
		assertThat(tech.kind()).isEqualTo(EscalationOutcome.Kind.SELF_SERVICE);
		assertThat(off.events(ChurnRiskDetected.class)).singleElement()
			.satisfies((e) -> assertThat(e.queued()).isFalse());
	}

	@Test
	void unknownCustomersAreTechTouch() {
		EscalationOutcome unknown = this.world.desk.onAskForPerson(ref("c-x", "nobody-knows"), null);
		assertThat(unknown.kind()).isEqualTo(EscalationOutcome.Kind.SELF_SERVICE);
		assertThat(unknown.tierReason()).isEqualTo("顧客名簿にない顧客 → テックタッチ");
	}

	@Test
	void repeatedFailuresEscalateFromTheConfiguredCount() {
		assertThat(this.world.desk.onUnresolved(ref("c-low", "demo-low"), 1, null).kind())
			.isEqualTo(EscalationOutcome.Kind.NONE);
		EscalationOutcome second = this.world.desk.onUnresolved(ref("c-low", "demo-low"), 2, null);
		assertThat(second.kind()).isEqualTo(EscalationOutcome.Kind.QUEUED);
		assertThat(second.queue().escalation().trigger()).isEqualTo(EscalationTrigger.REPEATED_FAILURE);
		assertThat(this.world.desk.onQuestion(ref("c-low", "demo-low"), "担当者と話したい").kind())
			.isEqualTo(EscalationOutcome.Kind.ALREADY_QUEUED);
		assertThat(this.world.desk.onQuestion(ref("c-low", "demo-low"), "CSVの取り込み方法").kind())
			.isEqualTo(EscalationOutcome.Kind.NONE);
	}

	@Test
	void aConversationEscalatedTwiceAtOnceHasOneEscalation() throws Exception {
		Callable<EscalationOutcome> ask = () -> this.world.desk.onAskForPerson(ref("c-race", "demo-low"), null);
		Set<String> ids = new HashSet<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (Future<EscalationOutcome> outcome : pool.invokeAll(Collections.nCopies(8, ask))) {
				assertThat(outcome.get().kind()).isIn(EscalationOutcome.Kind.QUEUED,
						EscalationOutcome.Kind.ALREADY_QUEUED);
				ids.add(outcome.get().queue().escalation().id());
			}
		}
		assertThat(ids).hasSize(1);
		assertThat(this.world.events(ConversationEscalated.class)).hasSize(1);
	}

	@Test
	void whenTheDatabaseIsDownTheCustomerIsToldAndTheEscalationIsRetried() {
		this.world.dataSource.down(true);
		assertThat(this.world.desk.onQuestion(ref("c-low", "demo-low"), "パスワードを忘れた").kind()).as("the bot carries on")
			.isEqualTo(EscalationOutcome.Kind.NONE);
		EscalationOutcome refused = this.world.desk.onQuestion(ref("c-low", "demo-low"), "担当者と話したい");
		assertThat(refused.kind()).isEqualTo(EscalationOutcome.Kind.NOT_QUEUED_RETRYING);
		assertThat(refused.message()).contains("受付を完了できませんでした");
		assertThat(this.world.desk.retryPending()).isZero();
		assertThat(this.world.desk.pendingCount()).isEqualTo(1);

		this.world.dataSource.down(false);
		this.world.clock.advance(Duration.ofSeconds(30));
		assertThat(this.world.desk.retryPending()).isEqualTo(1);
		assertThat(this.world.desk.pendingCount()).isZero();
		assertThat(this.world.events(ConversationEscalated.class)).singleElement()
			.satisfies((e) -> assertThat(e.escalation().conversationId()).isEqualTo("c-low"));
	}

	@Test
	void aRetryThatFindsTheEscalationStoredAfterAllAnnouncesIt() {
		this.world.dataSource.down(true);
		assertThat(this.world.desk.onAskForPerson(ref("c-stored", "demo-low"), null).kind())
			.isEqualTo(EscalationOutcome.Kind.NOT_QUEUED_RETRYING);
		this.world.dataSource.down(false);
		// the refused attempt's commit had reached the database, its answer had not: the
		// row is there, its announcement was never heard
		Escalation stored = this.world.escalations.open(new NewEscalation("c-stored", Optional.empty(),
				EscalationTrigger.ASKED_FOR_PERSON, new TierDecision(CustomerTier.LOW_TOUCH, "test", "test", null),
				QueuePool.LOW_TOUCH, false, null, null, null, null));
		this.world.events.clear();

		this.world.clock.advance(Duration.ofSeconds(30));
		assertThat(this.world.desk.retryPending()).isEqualTo(1);
		assertThat(this.world.desk.pendingCount()).isZero();
		assertThat(this.world.events(ConversationEscalated.class)).singleElement()
			.satisfies((e) -> assertThat(e.escalation().id()).isEqualTo(stored.id()));
	}

	private RoutingWorld world(AgentPresence presence) {
		RoutingWorld world = new RoutingWorld(this.dataSource, FRIDAY_MORNING,
				TestSettings.routing("self-service.community-url=https://community.example.jp",
						"self-service.webinar-url=https://example.jp/webinar",
						"self-service.ticket-url=mailto:support@example.jp"),
				presence);
		demoCustomers(world);
		return world;
	}

	private static void demoCustomers(RoutingWorld world) {
		world.customers.add(customer("demo-tech", 5_000, "12", "3"))
			.add(customer("demo-low", 50_000, "12", "3"))
			.add(withCsm(customer("demo-high", 350_000, "12", "3"), "csm-sato"));
	}

	private static ConversationRef ref(String conversation, String customer) {
		return new ConversationRef(conversation, Optional.of(CustomerId.of(customer)));
	}

}
