package dev.fureai.chat;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed queue updates again. A {@link QueueUpdates} run that failed (e.g. no
 * database connection right after an outage, when every retried escalation lands at once)
 * stays incomplete in the event publication registry; nothing else would resend it, and a
 * customer told "not queued yet, retrying" would never hear "queued". Only this module's
 * queue updates are resubmitted: other listeners decide for themselves.
 */
@Component
class QueueUpdateRetries {

	private static final Logger log = LoggerFactory.getLogger(QueueUpdateRetries.class);

	private static final String LISTENER = QueueUpdates.class.getName() + ".";

	private final IncompleteEventPublications publications;

	private final QueueUpdateProperties properties;

	private final Clock clock = Clock.systemUTC();

	QueueUpdateRetries(IncompleteEventPublications publications, QueueUpdateProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${fureai.chat.queue-updates.retry-after:10s}",
			initialDelayString = "${fureai.chat.queue-updates.retry-after:10s}")
	void resubmit() {
		Instant cutoff = this.clock.instant().minus(this.properties.retryAfter());
		try {
			this.publications.resubmitIncompletePublications((publication) -> due(publication, cutoff));
		}
		catch (RuntimeException ex) {
			// the registry is in the database too: next time
			log.warn("Could not resubmit failed queue updates: {}", ex.toString());
		}
	}

	private boolean due(EventPublication publication, Instant cutoff) {
		if (!(publication instanceof TargetEventPublication target)
				|| !target.getTargetIdentifier().getValue().startsWith(LISTENER)) {
			return false;
		}
		Instant last = publication.getPublicationDate();
		if (publication.getLastResubmissionDate() != null && publication.getLastResubmissionDate().isAfter(last)) {
			last = publication.getLastResubmissionDate();
		}
		if (!last.isBefore(cutoff)) {
			// still running, or failed a moment ago
			return false;
		}
		if (publication.getCompletionAttempts() >= this.properties.maxAttempts()) {
			log.error("Queue update {} given up after {} attempts: {}", publication.getIdentifier(),
					publication.getCompletionAttempts(), publication.getEvent());
			return false;
		}
		return true;
	}

}
