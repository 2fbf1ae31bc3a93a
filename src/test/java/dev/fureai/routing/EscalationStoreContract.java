package dev.fureai.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.fureai.customers.CustomerId;

import static dev.fureai.routing.BusinessCalendarTests.tokyo;
import static org.assertj.core.api.Assertions.assertThat;
import dev.fureai.testing.TestDatabases;

/** The queues and tier records on a real database; run on H2 and PostgreSQL. */
abstract class EscalationStoreContract {

	/** Friday 10:00 in Tokyo. */
	static final Instant FRIDAY_MORNING = tokyo("2026-11-20T10:00");

	private DataSource dataSource;

	private RoutingWorld world;

	abstract DataSource createDataSource();

	/** A database as an older version left it: migrated up to {@code version} only. */
	abstract DataSource createDataSourceUpTo(String version);

	@BeforeEach
	void setUp() {
		this.dataSource = createDataSource();
		this.world = new RoutingWorld(this.dataSource, FRIDAY_MORNING, TestSettings.routing(), new NobodyOnline());
	}

	@AfterEach
	void tearDown() {
		TestDatabases.drop(this.dataSource);
	}

	@Test
	void anOpenedEscalationIsStoredAnnouncedAndFoundAgain() {
		Escalation opened = open("conv-1", "cust-1", CustomerTier.HIGH_TOUCH, QueuePool.HIGH_TOUCH, false, 12_600_000);
		assertThat(opened.status()).isEqualTo(EscalationStatus.WAITING);
		assertThat(opened.firstResponseDue()).isEqualTo(FRIDAY_MORNING.plus(Duration.ofMinutes(5)));
		assertThat(this.world.events(ConversationEscalated.class)).extracting(ConversationEscalated::escalation)
			.containsExactly(opened);
		assertThat(this.world.escalations.find(opened.id())).contains(opened);
		assertThat(this.world.escalations.findOpenFor("conv-1")).contains(opened);
		assertThat(this.world.escalations.findOpenFor(CustomerId.of("cust-1"))).contains(opened);

		Escalation again = open("conv-1", "cust-1", CustomerTier.HIGH_TOUCH, QueuePool.HIGH_TOUCH, true, 1);
		assertThat(again).as("one open escalation per conversation").isEqualTo(opened);
		assertThat(this.world.events(ConversationEscalated.class)).hasSize(1);
	}

	@Test
	void theCustomersWordsAreKeptInWholeCharactersUpToTheLimit() {
		String longer = "あ".repeat(NewEscalation.QUESTION_LENGTH - 1) + "𠮷" + "の続き";
		Escalation cut = openWith("conv-w1", longer);
		assertThat(cut.question()).isEqualTo("あ".repeat(NewEscalation.QUESTION_LENGTH - 1));
		assertThat(this.world.escalations.find(cut.id())).contains(cut);

		Escalation whole = openWith("conv-w2", "𠮷野家の領収書について担当者と話したい");
		assertThat(this.world.escalations.find(whole.id()).map(Escalation::question)).contains("𠮷野家の領収書について担当者と話したい");
		assertThat(openWith("conv-w3", " ").question()).isNull();
	}

	@Test
	void theQueueIsInRuleOrderWithPositionsAndEstimates() {
		Escalation poor = open("c-poor", "poor", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 1_000_000);
		this.world.clock.advance(Duration.ofMinutes(1));
		Escalation churn = open("c-churn", "churn", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, true, 1_000_000);
		Escalation tech = open("c-tech", "tech", CustomerTier.TECH_TOUCH, QueuePool.LOW_TOUCH, true, 10_000);
		assertThat(this.world.escalations.waiting(QueuePool.LOW_TOUCH)).containsExactly(churn, poor, tech);
		assertThat(this.world.escalations.waiting(QueuePool.HIGH_TOUCH)).isEmpty();

		QueueStatus status = this.world.estimates.status(tech);
		assertThat(status.position()).isEqualTo(3);
		assertThat(status.estimatedWait()).as("no history: 10 minutes each").isEqualTo(Duration.ofMinutes(30));
		assertThat(status.openNow()).isTrue();
		assertThat(status.message()).isEqualTo("サポートチームの担当者が順番にご対応します。現在 3 番目です。待ち時間の目安は約30分です。");

		this.world.escalations.claim(churn.id(), "csm-a");
		this.world.clock.advance(Duration.ofMinutes(4));
		this.world.escalations.resolve(churn.id());
		assertThat(this.world.estimates.status(tech).position()).isEqualTo(2);
		assertThat(this.world.estimates.status(tech).estimatedWait()).as("median of recent handling times: 4 min")
			.isEqualTo(Duration.ofMinutes(8));
		this.world.clock.advance(Duration.ofMinutes(1));
		this.world.escalations.claim(poor.id(), "csm-a");
		this.world.clock.advance(Duration.ofMinutes(6));
		this.world.escalations.resolve(poor.id());
		assertThat(this.world.escalations.recentHandlingTimes(QueuePool.LOW_TOUCH, 20))
			.containsExactly(Duration.ofMinutes(6), Duration.ofMinutes(4));
		assertThat(this.world.estimates.status(tech).estimatedWait()).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void onlyOneAgentCanClaimAndClosedEscalationsFreeTheConversation() {
		Escalation e = open("conv-2", "cust-2", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 2_000_000);
		assertThat(this.world.escalations.claim(e.id(), "csm-a")).isTrue();
		assertThat(this.world.escalations.claim(e.id(), "csm-b")).isFalse();
		assertThat(this.world.escalations.abandon(e.id())).as("claimed is not abandoned").isFalse();
		Escalation claimed = this.world.escalations.find(e.id()).orElseThrow();
		assertThat(claimed.claimedBy()).isEqualTo("csm-a");
		assertThat(this.world.estimates.status(claimed).message()).isEqualTo("担当者が対応しています。");
		assertThat(this.world.escalations.resolve(e.id())).isTrue();
		assertThat(this.world.escalations.findOpenFor("conv-2")).isEmpty();
		assertThat(this.world.events(EscalationStatusChanged.class)).extracting((c) -> c.escalation().status())
			.containsExactly(EscalationStatus.CLAIMED, EscalationStatus.RESOLVED);
		Escalation next = open("conv-2", "cust-2", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 2_000_000);
		assertThat(next.id()).as("a new escalation after the old one closed").isNotEqualTo(e.id());
	}

	@Test
	void onlyTheAgentWhoHasItTransfersItToAPoolOrAnotherAgent() {
		Escalation e = open("conv-t", "cust-t", CustomerTier.HIGH_TOUCH, QueuePool.HIGH_TOUCH, false, 9_000_000);
		assertThat(this.world.escalations.transferToAgent(e.id(), "csm-a", "csm-b")).as("not claimed yet").isFalse();
		this.world.escalations.claim(e.id(), "csm-a");
		assertThat(this.world.escalations.claimedBy("csm-a")).extracting(Escalation::id).containsExactly(e.id());
		assertThat(this.world.escalations.transferToAgent(e.id(), "csm-x", "csm-b")).as("not csm-x's").isFalse();
		assertThat(this.world.escalations.transferToAgent(e.id(), "csm-a", "csm-b")).isTrue();
		Escalation moved = this.world.escalations.find(e.id()).orElseThrow();
		assertThat(moved.status()).isEqualTo(EscalationStatus.CLAIMED);
		assertThat(moved.claimedBy()).isEqualTo("csm-b");
		assertThat(this.world.escalations.claimedBy("csm-a")).isEmpty();
		assertThat(this.world.escalations.claimedBy("csm-b")).extracting(Escalation::id).containsExactly(e.id());

		assertThat(this.world.escalations.transferToPool(e.id(), "csm-a", QueuePool.LOW_TOUCH)).isFalse();
		assertThat(this.world.escalations.transferToPool(e.id(), "csm-b", QueuePool.LOW_TOUCH)).isTrue();
		Escalation waiting = this.world.escalations.find(e.id()).orElseThrow();
		assertThat(waiting.status()).isEqualTo(EscalationStatus.WAITING);
		assertThat(waiting.pool()).isEqualTo(QueuePool.LOW_TOUCH);
		assertThat(waiting.claimedBy()).isNull();
		assertThat(this.world.escalations.waiting(QueuePool.LOW_TOUCH)).extracting(Escalation::id)
			.containsExactly(e.id());
		assertThat(this.world.events(EscalationStatusChanged.class)).extracting((c) -> c.escalation().claimedBy())
			.containsExactly("csm-a", "csm-b", null);
	}

	@Test
	void aCustomersEscalationsNewestFirst() {
		Escalation first = open("conv-h1", "cust-h", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 1);
		this.world.escalations.claim(first.id(), "csm-a");
		this.world.escalations.resolve(first.id());
		this.world.clock.advance(Duration.ofMinutes(1));
		Escalation second = open("conv-h2", "cust-h", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 1);
		open("conv-other", "someone-else", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 1);
		assertThat(this.world.escalations.ofCustomer(CustomerId.of("cust-h"), 10)).extracting(Escalation::id)
			.containsExactly(second.id(), first.id());
		assertThat(this.world.escalations.ofCustomer(CustomerId.of("cust-h"), 1)).extracting(Escalation::id)
			.containsExactly(second.id());
	}

	@Test
	void aMissedFirstResponseIsMarkedOnceAndAnnounced() {
		Escalation high = open("c-high", "high", CustomerTier.HIGH_TOUCH, QueuePool.HIGH_TOUCH, false, 12_000_000);
		Escalation low = open("c-low", "low", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 2_000_000);
		this.world.clock.advance(Duration.ofMinutes(5));
		assertThat(this.world.escalations.markBreaches()).as("due is not yet breached").isEmpty();
		this.world.clock.advance(Duration.ofSeconds(1));
		assertThat(this.world.escalations.markBreaches()).extracting(Escalation::id).containsExactly(high.id());
		assertThat(this.world.escalations.markBreaches()).isEmpty();
		assertThat(this.world.events(EscalationSlaBreached.class)).extracting((b) -> b.escalation().id())
			.containsExactly(high.id());
		assertThat(this.world.escalations.waiting(QueuePool.HIGH_TOUCH)).extracting(Escalation::slaBreached)
			.containsExactly(true);
		this.world.clock.advance(Duration.ofMinutes(55));
		assertThat(this.world.escalations.claim(low.id(), "csm-a")).isTrue();
		assertThat(this.world.escalations.find(low.id()).orElseThrow().slaBreached())
			.as("claimed after 60 min: late, even though no check saw it")
			.isTrue();
	}

	@Test
	void slaCountsOnlyBusinessHours() {
		this.world.clock.set(tokyo("2026-11-20T17:58"));
		Escalation e = open("c-eve", "eve", CustomerTier.HIGH_TOUCH, QueuePool.HIGH_TOUCH, false, 12_000_000);
		assertThat(e.firstResponseDue()).isEqualTo(tokyo("2026-11-23T09:03"));
		this.world.clock.set(tokyo("2026-11-20T20:00"));
		assertThat(this.world.escalations.markBreaches()).isEmpty();
		QueueStatus status = this.world.estimates.status(e);
		assertThat(status.openNow()).isFalse();
		assertThat(status.expectedBy()).isEqualTo(tokyo("2026-11-23T09:10"));
		assertThat(status.message()).contains("ただいま営業時間外です（営業時間: 平日 09:00〜18:00）", "11月23日（月）9:10ごろまでにご連絡します");
	}

	@Test
	void aCustomerWhoStaysAwayAbandonsAndOneWhoComesBackFindsTheirEscalation() {
		Escalation gone = open("c-gone", "gone", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 2_000_000);
		Escalation back = open("c-back", "back", CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH, false, 2_000_000);
		this.world.desk.customerLeft("c-gone");
		this.world.desk.customerLeft("c-back");
		this.world.clock.advance(Duration.ofMinutes(10));
		Optional<QueueStatus> returned = this.world.desk.customerReturned("c-back");
		assertThat(returned).map((s) -> s.escalation().id()).contains(back.id());
		this.world.clock.advance(Duration.ofMinutes(6));
		assertThat(this.world.desk.abandonLeft()).isEqualTo(1);
		assertThat(this.world.escalations.find(gone.id()).orElseThrow().status()).isEqualTo(EscalationStatus.ABANDONED);
		assertThat(this.world.desk.status("c-back")).map(QueueStatus::position).contains(1);
		assertThat(this.world.desk.status("c-gone")).isEmpty();
	}

	@Test
	void tierChangesAreRecordedWithTimeAndReasonOnlyWhenTheTierChanges() {
		CustomerId id = CustomerId.of("t-1");
		TierDecision low = new TierDecision(CustomerTier.LOW_TOUCH, "LTV ¥1,800,000 ≥ ¥1,000,000 → ロータッチ",
				"LTV ¥1,800,000 ≥ ¥1,000,000 → low touch", null);
		assertThat(this.world.tierRecords.record(id, low, FRIDAY_MORNING)).isPresent();
		assertThat(this.world.tierRecords.record(id, low, FRIDAY_MORNING.plusSeconds(60))).isEmpty();
		TierDecision high = new TierDecision(CustomerTier.HIGH_TOUCH, "戦略パートナー → ハイタッチ",
				"strategic partner → high touch", null);
		this.world.tierRecords.record(id, high, FRIDAY_MORNING.plusSeconds(120));
		assertThat(this.world.tierRecords.history(id)).containsExactly(
				new TierChange(id, null, CustomerTier.LOW_TOUCH, low.reason(), low.reasonEn(), FRIDAY_MORNING),
				new TierChange(id, CustomerTier.LOW_TOUCH, CustomerTier.HIGH_TOUCH, high.reason(), high.reasonEn(),
						FRIDAY_MORNING.plusSeconds(120)));
		assertThat(this.world.events(CustomerTierChanged.class)).hasSize(2);
	}

	@Test
	void reasonsStoredInJapaneseOnlyGetTheEnglishTheRulesWriteNow() {
		DataSource old = createDataSourceUpTo("27");
		try {
			JdbcClient jdbc = JdbcClient.create(old);
			List<TierDecision> decisions = TierRulesTests.oneOfEachKind();
			OffsetDateTime at = FRIDAY_MORNING.atOffset(ZoneOffset.UTC);
			for (int i = 0; i < decisions.size(); i++) {
				TierDecision d = decisions.get(i);
				jdbc.sql("insert into customer_tier (customer_id, tier, reason, decided_at) values (?, ?, ?, ?)")
					.params("c-" + i, d.tier().name(), d.reason(), at)
					.update();
				jdbc.sql(
						"insert into customer_tier_change (customer_id, to_tier, reason, changed_at) values (?, ?, ?, ?)")
					.params("c-" + i, d.tier().name(), d.reason(), at)
					.update();
				jdbc.sql(
						"""
								insert into escalation (id, conversation_id, customer_id, status, trigger_kind, tier, tier_reason,
								queue_pool, churn_risk, ltv, created_at, first_response_due, sla_breached)
								values (?, ?, ?, 'RESOLVED', 'ASKED_FOR_PERSON', ?, ?, 'LOW_TOUCH', false, 0, ?, ?, false)""")
					.params("e-" + i, "conv-" + i, "c-" + i, d.tier().name(), d.reason(), at, at)
					.update();
			}
			TestDatabases.migrate(old);
			for (int i = 0; i < decisions.size(); i++) {
				String english = decisions.get(i).reasonEn();
				assertThat(jdbc.sql("select reason_en from customer_tier where customer_id = ?")
					.param("c-" + i)
					.query(String.class)
					.single()).isEqualTo(english);
				assertThat(jdbc.sql("select reason_en from customer_tier_change where customer_id = ?")
					.param("c-" + i)
					.query(String.class)
					.single()).isEqualTo(english);
				assertThat(jdbc.sql("select tier_reason_en from escalation where id = ?")
					.param("e-" + i)
					.query(String.class)
					.single()).isEqualTo(english);
			}
		}
		finally {
			TestDatabases.drop(old);
		}
	}

	private Escalation openWith(String conversation, String words) {
		return this.world.escalations.open(new NewEscalation(conversation, Optional.of(CustomerId.of("cust-w")),
				EscalationTrigger.ASKED_FOR_PERSON, new TierDecision(CustomerTier.LOW_TOUCH, "test", "test", null),
				QueuePool.LOW_TOUCH, false, null, null, null, words));
	}

	private Escalation open(String conversation, String customer, CustomerTier tier, QueuePool pool, boolean churn,
			long ltv) {
		TierDecision decision = new TierDecision(tier, "test", "test",
				new Ltv(dev.fureai.customers.Yen.of(ltv), false));
		return this.world.escalations.open(new NewEscalation(conversation, Optional.of(CustomerId.of(customer)),
				churn ? EscalationTrigger.CHURN_RISK : EscalationTrigger.ASKED_FOR_PERSON, decision, pool, churn,
				churn ? "解約" : null, null, null, null));
	}

}
