package dev.fureai.chat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.AskForPerson;
import dev.fureai.chat.ServerMessage.Escalated;
import dev.fureai.chat.ServerMessage.Guide;
import dev.fureai.chat.ServerMessage.QueueUpdate;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.QueuePool;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The touch model through a real STOMP client: the demo customers of each tier (the demo
 * directory is imported), the real routing, queues in H2, live updates pushed after the
 * commit. Positions are compared, not fixed: other tests share the queues.
 */
@ChatServerTest
class EscalationEndToEndTests {

	@LocalServerPort
	int port;

	@Autowired
	Escalations escalations;

	@Test
	void aHighTouchCustomerIsQueuedAndSeesTheQueueMove() throws Exception {
		try (StompTestClient high = customer("demo-high"); StompTestClient partner = customer("demo-partner")) {
			high.send(new AskForPerson("p1", null, null));
			Escalated first = high.next(Escalated.class);
			assertThat(first.outcome()).isEqualTo("queued");
			assertThat(first.tier()).isEqualTo("high_touch");
			assertThat(first.tierLabel()).isEqualTo("ハイタッチ");
			assertThat(first.queue().answeredBy()).isEqualTo("high_touch_pool");
			assertThat(first.queue().status()).isEqualTo("waiting");
			assertThat(first.queue().position()).isPositive();
			assertThat(first.queue().estimatedWaitMinutes()).isPositive();
			assertThat(first.queue().expectedBy()).isNotNull();
			assertThat(first.message()).contains("専任サポートチーム", "現在 " + first.queue().position() + " 番目",
					"担当のカスタマーサクセスにもお知らせしました");
			assertThat(first.selfService()).isEmpty();

			// a strategic partner is high touch too, with a lower LTV: behind demo-high
			partner.send(new AskForPerson("p2", null, null));
			Escalated behind = partner.next(Escalated.class);
			assertThat(behind.queue().answeredBy()).isEqualTo("high_touch_pool");
			assertThat(behind.queue().position()).isGreaterThan(first.queue().position());

			assertThat(this.escalations.claim(first.queue().escalationId(), "csm-sato")).isTrue();
			QueueUpdate moved = partner.next(QueueUpdate.class, behind.conversationId());
			assertThat(moved.replyTo()).isNull();
			assertThat(moved.queue().escalationId()).isEqualTo(behind.queue().escalationId());
			assertThat(moved.queue().position()).isEqualTo(behind.queue().position() - 1);
			assertThat(moved.message()).contains("現在 " + moved.queue().position() + " 番目");
			QueueUpdate taken = high.next(QueueUpdate.class, first.conversationId());
			assertThat(taken.queue().status()).isEqualTo("claimed");
			assertThat(taken.queue().position()).isZero();
			assertThat(taken.message()).isEqualTo("担当者が対応しています。");

			// stored like every bot message: a reload shows the latest state
			partner.send(new ClientMessage.Resume("r1", behind.conversationId()));
			assertThat(partner.next(ServerMessage.Resumed.class).history())
				.extracting((entry) -> entry.message().path("type").asString())
				.containsSubsequence("escalated", "queue_status");
		}
	}

	@Test
	void aTechTouchCustomerGetsSelfServiceAndNoQueue() throws Exception {
		try (StompTestClient tech = customer("demo-tech")) {
			tech.send(new AskForPerson("p1", null, "領収書がほしい"));
			Escalated escalated = tech.next(Escalated.class);
			assertThat(escalated.outcome()).isEqualTo("self_service");
			assertThat(escalated.tier()).isEqualTo("tech_touch");
			assertThat(escalated.queue()).isNull();
			assertThat(escalated.guides()).extracting(Guide::articleId).contains("billing-receipt");
			assertThat(escalated.contact()).isEqualTo("mailto:support@example.com");
			assertThat(this.escalations.findOpenFor(escalated.conversationId())).isEmpty();
		}
	}

	@Test
	void aLowTouchCustomerWhoWantsToCancelIsEscalatedToTheLowTouchPool() throws Exception {
		try (StompTestClient low = customer("demo-low")) {
			low.send(new Ask("q1", null, "解約したいんですが"));
			ServerMessage answer = low.next();
			assertThat(answer).isNotInstanceOf(Escalated.class);
			Escalated escalated = low.next(Escalated.class);
			assertThat(escalated.replyTo()).isEqualTo("q1");
			assertThat(escalated.outcome()).isEqualTo("queued");
			assertThat(escalated.tier()).isEqualTo("low_touch");
			assertThat(escalated.queue().answeredBy()).isEqualTo("low_touch_pool");
			assertThat(escalated.message()).contains("サポートチーム").doesNotContain("ロータッチ");
			Escalation stored = this.escalations.findOpenFor(escalated.conversationId()).orElseThrow();
			assertThat(stored.pool()).isEqualTo(QueuePool.LOW_TOUCH);
			assertThat(stored.churnRisk()).isTrue();
		}
	}

	@Test
	void theSameRequestFromTheThreeDemoCustomersHasThreeDifferentOutcomes() throws Exception {
		Set<String> outcomes = new HashSet<>();
		for (String customer : List.of("demo-tech", "demo-low", "demo-high")) {
			try (StompTestClient client = customer(customer)) {
				client.send(new Ask("q1", null, "担当者と話したい"));
				Escalated escalated = client.next(Escalated.class);
				String answeredBy = (escalated.queue() != null) ? escalated.queue().answeredBy() : "nobody";
				outcomes.add(escalated.tier() + " " + escalated.outcome() + " " + answeredBy);
			}
		}
		assertThat(outcomes).containsExactlyInAnyOrder("tech_touch self_service nobody",
				"low_touch queued low_touch_pool", "high_touch queued high_touch_pool");
	}

	@Test
	void aForgedTokenForAHighTouchCustomerIsRefusedAndTheBrowserCannotClaimATier() throws Exception {
		assertThat(StompTestClient.refused(this.port, bearer(Tokens.hs256("demo-high", Instant.now().plusSeconds(600),
				"a-forged-secret-that-is-long-enough-too!!"))))
			.contains("bad signature");
		try (StompTestClient visitor = StompTestClient.connect(this.port, Map.of())) {
			visitor.send("ask_for_person",
					"{\"type\":\"ask_for_person\",\"id\":\"p1\",\"customerId\":\"demo-high\",\"tier\":\"high_touch\"}");
			Escalated escalated = visitor.next(Escalated.class);
			assertThat(escalated.tier()).isEqualTo("tech_touch");
			assertThat(escalated.outcome()).isEqualTo("self_service");
			assertThat(escalated.queue()).isNull();
		}
	}

	private StompTestClient customer(String id) {
		return StompTestClient.connect(this.port, bearer(Tokens.hs256(id, Instant.now().plusSeconds(600))));
	}

	private static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}

}
