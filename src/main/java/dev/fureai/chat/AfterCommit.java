package dev.fureai.chat;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pushes to a customer only once the rows behind the push are committed, so a reload
 * right after a push finds the message in the history and a rolled-back write is never
 * shown.
 */
final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Runs {@code push} after the current transaction commits, or at once outside one.
	 */
	static void run(Runnable push) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			push.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				push.run();
			}
		});
	}

}
