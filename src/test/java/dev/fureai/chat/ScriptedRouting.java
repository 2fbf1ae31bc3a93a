package dev.fureai.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.fureai.routing.ConversationRef;
import dev.fureai.routing.CustomerTier;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.EscalationTrigger;
import dev.fureai.routing.QueueStatus;
import dev.fureai.routing.Routing;

/**
 * Routing for the chat's tests without Spring (the real one runs in the end-to-end
 * tests): a tech-touch customer, self-service from the second failure in a row, and a
 * record of what the chat reported.
 */
final class ScriptedRouting implements Routing {

	final List<Integer> unresolved = new ArrayList<>();

	final List<ConversationRef> asked = new ArrayList<>();

	/**
	 * The customer's words each call of an unresolved turn or an ask for a person came
	 * with.
	 */
	final List<String> words = new ArrayList<>();

	boolean askForPersonSwitchedOff;

	/** What {@link #status} answers, by conversation (none: not escalated). */
	final java.util.Map<String, QueueStatus> statuses = new java.util.HashMap<>();

	/** When set, {@link #status} fails with it (routing is down). */
	RuntimeException statusFailure;

	/** How often {@link #status} was asked. */
	int statusCalls;

	/** Runs while {@link #onQuestion} is asked (what another thread does meanwhile). */
	Runnable duringQuestion = () -> {
	};

	@Override
	public EscalationOutcome onQuestion(ConversationRef conversation, String text) {
		this.asked.add(conversation);
		this.duringQuestion.run();
		return text.contains("担当者") ? selfService(EscalationTrigger.ASKED_FOR_PERSON) : none();
	}

	@Override
	public EscalationOutcome onAskForPerson(ConversationRef conversation, String text) {
		this.asked.add(conversation);
		this.words.add(text);
		return this.askForPersonSwitchedOff ? none() : selfService(EscalationTrigger.ASKED_FOR_PERSON);
	}

	@Override
	public EscalationOutcome onUnresolved(ConversationRef conversation, int inARow, String text) {
		this.unresolved.add(inARow);
		this.words.add(text);
		return (inARow >= 2) ? selfService(EscalationTrigger.REPEATED_FAILURE) : none();
	}

	@Override
	public java.util.List<QueueStatus> waiting(dev.fureai.routing.QueuePool pool) {
		if (this.statusFailure != null) {
			throw this.statusFailure;
		}
		return this.statuses.values()
			.stream()
			.filter((status) -> status.escalation().pool() == pool)
			.sorted(java.util.Comparator.comparingInt(QueueStatus::position))
			.toList();
	}

	@Override
	public Optional<QueueStatus> status(String conversationId) {
		this.statusCalls++;
		if (this.statusFailure != null) {
			throw this.statusFailure;
		}
		return Optional.ofNullable(this.statuses.get(conversationId));
	}

	@Override
	public Optional<QueueStatus> statusOf(String escalationId) {
		return Optional.empty();
	}

	@Override
	public void customerLeft(String conversationId) {
	}

	@Override
	public Optional<QueueStatus> customerReturned(String conversationId) {
		return Optional.empty();
	}

	private static EscalationOutcome none() {
		return new EscalationOutcome(EscalationOutcome.Kind.NONE, null, null, Set.of(), List.of(), null, "");
	}

	private static EscalationOutcome selfService(EscalationTrigger trigger) {
		return new EscalationOutcome(EscalationOutcome.Kind.SELF_SERVICE, CustomerTier.TECH_TOUCH, "匿名の訪問者 → テックタッチ",
				Set.of(trigger), List.of(), null, "このご質問には、担当者ではなく次の方法でご案内しています。");
	}

}
