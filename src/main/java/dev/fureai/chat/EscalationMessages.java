package dev.fureai.chat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.fureai.chat.ServerMessage.Escalated;
import dev.fureai.chat.ServerMessage.Guide;
import dev.fureai.chat.ServerMessage.Link;
import dev.fureai.chat.ServerMessage.Queue;
import dev.fureai.chat.ServerMessage.QueueUpdate;
import dev.fureai.routing.CustomerTier;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.QueuePool;
import dev.fureai.routing.QueueStatus;

/**
 * Routing's decisions as protocol messages. The Japanese {@code message} is routing's,
 * passed on as is; the fields beside it let the widget word it in English too.
 */
final class EscalationMessages {

	private EscalationMessages() {
	}

	/**
	 * @param guides the chat's best guides for the question, shown to tech-touch
	 * customers
	 */
	static Escalated escalated(String conversation, String replyTo, EscalationOutcome outcome, List<Guide> guides,
			String contact) {
		boolean noPerson = outcome.queue() == null;
		boolean techTouch = outcome.tier() == CustomerTier.TECH_TOUCH;
		return new Escalated(newId(), conversation, replyTo, code(outcome.kind()), code(outcome.tier()),
				(outcome.tier() != null) ? outcome.tier().label() : null,
				outcome.queueStatus().map(EscalationMessages::queue).orElse(null), outcome.message(),
				outcome.selfService().stream().map((l) -> new Link(l.kind(), l.title(), l.url())).toList(),
				techTouch ? guides : List.of(), (noPerson || techTouch) ? contact : null);
	}

	static QueueUpdate update(String conversation, String replyTo, QueueStatus status) {
		return new QueueUpdate(newId(), conversation, replyTo, queue(status), status.message());
	}

	static Queue queue(QueueStatus status) {
		Escalation e = status.escalation();
		long minutes = status.estimatedWait().isZero() ? 0
				: Math.max(1, (status.estimatedWait().toSeconds() + 59) / 60);
		return new Queue(e.id(), code(e.status()), answeredBy(e), status.position(), minutes, status.expectedBy(),
				status.openNow(), (status.zone() != null) ? status.zone().getId() : null);
	}

	static String answeredBy(Escalation e) {
		if (e.assignee() != null) {
			return "own_csm";
		}
		return (e.pool() == QueuePool.HIGH_TOUCH) ? "high_touch_pool" : "low_touch_pool";
	}

	/** Whether a customer who was told {@code before} needs to be told {@code now}. */
	static boolean changed(ServerMessage before, QueueStatus now) {
		Queue told = switch (before) {
			case Escalated e -> e.queue();
			case QueueUpdate u -> u.queue();
			default -> null;
		};
		String text = switch (before) {
			case Escalated e -> e.message();
			case QueueUpdate u -> u.message();
			default -> null;
		};
		Queue fresh = queue(now);
		return told == null || !told.escalationId().equals(fresh.escalationId())
				|| !told.status().equals(fresh.status()) || told.position() != fresh.position()
				|| !now.message().equals(text);
	}

	private static String code(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
