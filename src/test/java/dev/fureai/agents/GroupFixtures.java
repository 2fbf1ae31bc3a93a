package dev.fureai.agents;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.routing.Escalation;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.QueuePool;

/**
 * Test classes share one server: each test starts with an empty low-touch pool, so that
 * what an earlier test left waiting is never grouped with its questions.
 */
final class GroupFixtures {

	private GroupFixtures() {
	}

	static void abandonWaiting(Escalations escalations, PlatformTransactionManager transactions) {
		// in a transaction: Escalations.waiting reads through a stream it does not close
		new TransactionTemplate(transactions).executeWithoutResult((status) -> escalations.waiting(QueuePool.LOW_TOUCH)
			.stream()
			.map(Escalation::id)
			.toList()
			.forEach(escalations::abandon));
	}

}
