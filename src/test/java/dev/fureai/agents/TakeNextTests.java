package dev.fureai.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.Routing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Take next" claims the first escalation of the queue, atomically: agents pressing at
 * the same instant never get the same one, and a pick out of the queue's order is
 * recorded.
 */
@AgentsServerTest
class TakeNextTests {

	@Autowired
	ConsoleQueues queues;

	@Autowired
	Escalations escalations;

	@Autowired
	AgentActions actions;

	@Autowired
	Routing routing;

	@Autowired
	PlatformTransactionManager transactions;

	private final SignedInAgent suzuki = new SignedInAgent("csm-suzuki", Set.of(AgentRole.LOW_TOUCH_CSM));

	private final SignedInAgent both = new SignedInAgent("csm-both",
			Set.of(AgentRole.LOW_TOUCH_CSM, AgentRole.HIGH_TOUCH_CSM));

	@Test
	void twoAgentsTakingAtTheSameInstantNeverGetTheSameEscalation() throws Exception {
		List<String> opened = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			opened.add(Escalate.askForPerson(this.routing, this.transactions, "demo-low").id());
		}
		CyclicBarrier together = new CyclicBarrier(2);
		List<String> taken = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> results = new ArrayList<>();
			for (SignedInAgent agent : List.of(this.suzuki, this.both)) {
				results.add(pool.submit(takeRounds(agent, opened.size(), together, taken)));
			}
			for (Future<Integer> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).isPositive();
			}
		}
		assertThat(new HashSet<>(taken)).hasSameSizeAs(taken).containsAll(opened);
		for (String id : opened) {
			Escalation e = this.escalations.find(id).orElseThrow();
			assertThat(e.status()).isEqualTo(EscalationStatus.CLAIMED);
			assertThat(this.actions.of(id)).singleElement().satisfies((action) -> {
				assertThat(action.kind()).isEqualTo(AgentActions.Kind.TAKEN_NEXT);
				assertThat(action.agentId()).isEqualTo(e.claimedBy());
			});
		}
	}

	@Test
	void takeNextFollowsTheQueueOrderAndAnOutOfOrderPickIsRecorded() {
		Escalation first = Escalate.askForPerson(this.routing, this.transactions, "demo-partner");
		Escalation second = Escalate.askForPerson(this.routing, this.transactions, "demo-onboarding");
		List<Escalation> queue = this.queues.queue(this.both, "HIGH_TOUCH");
		int firstAt = indexOf(queue, first.id());
		int secondAt = indexOf(queue, second.id());
		assertThat(firstAt).isNotNegative().isLessThan(secondAt);
		String pickedLater = (secondAt > 0) ? second.id() : queue.get(1).id();
		assertThat(this.queues.take(this.both, this.escalations.find(pickedLater).orElseThrow())).isPresent();
		assertThat(this.actions.of(pickedLater)).extracting(AgentActions.Action::kind)
			.containsExactly(AgentActions.Kind.TAKEN_OUT_OF_ORDER);
		String head = this.queues.queue(this.both, "HIGH_TOUCH").get(0).id();
		Optional<Escalation> next = this.queues.takeNext(this.both, "HIGH_TOUCH");
		assertThat(next).get().extracting(Escalation::id).isEqualTo(head);
		assertThat(next.get().claimedBy()).isEqualTo("csm-both");
	}

	/**
	 * The own CSM is offline when the customer asks, so the escalation waits in the pool
	 * with the CSM notified: colleagues see it in the pool, the own CSM sees it once,
	 * under own customers.
	 */
	@Test
	void anOwnCustomersEscalationIsListedOnceForTheOwnCsm() {
		SignedInAgent sato = new SignedInAgent("csm-sato", Set.of(AgentRole.HIGH_TOUCH_CSM));
		Escalation e = Escalate.askForPerson(this.routing, this.transactions, "demo-high");
		assertThat(e.notifiedCsm()).isEqualTo("csm-sato");
		assertThat(this.queues.queue(sato, ConsoleQueues.OWN)).extracting(Escalation::id).contains(e.id());
		assertThat(this.queues.queue(sato, "HIGH_TOUCH")).extracting(Escalation::id).doesNotContain(e.id());
		assertThat(this.queues.queue(this.both, "HIGH_TOUCH")).extracting(Escalation::id).contains(e.id());
	}

	@Test
	void aQueueTheAgentDoesNotServeCannotBeTakenFrom() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ConsoleQueues.NotAllowed.class)
			.isThrownBy(() -> this.queues.takeNext(this.suzuki, "HIGH_TOUCH"));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ConsoleQueues.NotAllowed.class)
			.isThrownBy(() -> this.queues.takeNext(this.suzuki, "no-such-queue"));
	}

	/**
	 * Both agents press "take next" at the same instant, round after round. As many
	 * rounds as escalations were opened: both do the same number of rounds (nobody waits
	 * at the barrier alone), and two per round leave room for any left waiting by other
	 * tests.
	 */
	private Callable<Integer> takeRounds(SignedInAgent agent, int rounds, CyclicBarrier together, List<String> taken) {
		return () -> {
			int count = 0;
			for (int round = 0; round < rounds; round++) {
				together.await(30, TimeUnit.SECONDS);
				Optional<Escalation> next = this.queues.takeNext(agent, "LOW_TOUCH");
				if (next.isPresent()) {
					taken.add(next.get().id());
					count++;
				}
			}
			return count;
		};
	}

	private static int indexOf(List<Escalation> queue, String id) {
		for (int i = 0; i < queue.size(); i++) {
			if (queue.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

}
