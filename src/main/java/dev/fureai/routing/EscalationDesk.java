package dev.fureai.routing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.util.function.SingletonSupplier;

import dev.fureai.content.Articles;
import dev.fureai.customers.Customer;
import dev.fureai.customers.Customers;

/**
 * The routing the chat calls: finds triggers, decides by tier, queues durably, and says
 * what happens. If the database is down the bot is unaffected (finding triggers needs
 * none); the customer is told the escalation is not queued yet and it is retried.
 */
@Service
class EscalationDesk implements Routing {

	private static final Logger logger = LoggerFactory.getLogger(EscalationDesk.class);

	private final LiveTiers tiers;

	private final Customers customers;

	private final JdbcEscalations escalations;

	private final ChurnSignals churnSignals;

	private final QueueEstimates estimates;

	private final Presence presence;

	/** Looked up once: a bean factory lookup per question was 2 % of answering one. */
	private final SingletonSupplier<Articles> articles;

	private final RoutingProperties properties;

	private final Clock clock;

	private final TriggerDetector detector;

	private final EscalationPolicy policy;

	private final PendingEscalations pending = new PendingEscalations();

	EscalationDesk(LiveTiers tiers, Customers customers, JdbcEscalations escalations, ChurnSignals churnSignals,
			QueueEstimates estimates, Presence presence, ObjectProvider<Articles> articles,
			RoutingProperties properties, RoutingClock clock) {
		this.tiers = tiers;
		this.customers = customers;
		this.escalations = escalations;
		this.churnSignals = churnSignals;
		this.estimates = estimates;
		this.presence = presence;
		this.articles = SingletonSupplier.of(articles::getIfAvailable);
		this.properties = properties;
		this.clock = clock.clock();
		this.detector = new TriggerDetector(properties.triggers(), new PhraseAnalyzer());
		this.policy = new EscalationPolicy(properties);
	}

	@Override
	public EscalationOutcome onQuestion(ConversationRef conversation, String text) {
		Articles content = this.articles.get();
		TriggerDetector.Found found = this.detector.inText(text, Optional.ofNullable(content).map(Articles::snapshot));
		return found.triggers().isEmpty() ? EscalationOutcome.none()
				: escalate(conversation, found.triggers(), found.churnPhrase().orElse(null), text);
	}

	@Override
	public EscalationOutcome onAskForPerson(ConversationRef conversation, String text) {
		return this.detector.askingForPersonAllowed()
				? escalate(conversation, Set.of(EscalationTrigger.ASKED_FOR_PERSON), null, text)
				: EscalationOutcome.none();
	}

	@Override
	public EscalationOutcome onUnresolved(ConversationRef conversation, int inARow, String text) {
		return this.detector.failuresEscalate(inARow)
				? escalate(conversation, Set.of(EscalationTrigger.REPEATED_FAILURE), null, text)
				: EscalationOutcome.none();
	}

	@Override
	public Optional<QueueStatus> status(String conversationId) {
		return this.escalations.findOpenFor(conversationId).map(this.estimates::status);
	}

	@Override
	public Optional<QueueStatus> statusOf(String escalationId) {
		return this.escalations.find(escalationId).map(this.estimates::status);
	}

	@Override
	public List<QueueStatus> waiting(QueuePool pool) {
		return this.estimates.statuses(pool);
	}

	@Override
	public void customerLeft(String conversationId) {
		this.escalations.markLeft(conversationId, this.clock.instant());
	}

	@Override
	public Optional<QueueStatus> customerReturned(String conversationId) {
		this.escalations.markLeft(conversationId, null);
		return status(conversationId);
	}

	/** Abandons waiting escalations whose customer has been gone too long. */
	int abandonLeft() {
		var cutoff = this.clock.instant().minus(this.properties.queue().abandonAfter());
		return (int) this.escalations.leftBefore(cutoff)
			.stream()
			.filter((e) -> this.escalations.abandon(e.id()))
			.count();
	}

	/** Retries what the database refused; stops at the first failure (still down). */
	int retryPending() {
		int done = 0;
		for (int n = this.pending.size(); n > 0; n--) {
			PendingEscalations.Pending next = this.pending.poll();
			if (next == null) {
				break;
			}
			try {
				EscalationOutcome outcome = attempt(next.conversation(), next.triggers(), next.churnPhrase(),
						next.question());
				if (outcome.kind() == EscalationOutcome.Kind.ALREADY_QUEUED) {
					// stored by the attempt that was taken for failed (its commit got
					// through, or a read after it failed): its announcement was lost with
					// it, and nobody would tell the customer who heard "retrying"
					logger.info(
							"Escalation {} of conversation {} was stored by an attempt taken for failed; announced now",
							outcome.queue().escalation().id(), next.conversation().conversationId());
					this.escalations.announce(outcome.queue().escalation());
				}
				done++;
			}
			catch (DataAccessException | TransactionException ex) {
				this.pending.add(next);
				break;
			}
		}
		return done;
	}

	int pendingCount() {
		return this.pending.size();
	}

	private EscalationOutcome escalate(ConversationRef conversation, Set<EscalationTrigger> triggers,
			String churnPhrase, String question) {
		try {
			try {
				return attempt(conversation, triggers, churnPhrase, question);
			}
			catch (DuplicateKeyException ex) {
				// the same conversation escalated twice at once: the other one won,
				// report it
				return attempt(conversation, triggers, churnPhrase, question);
			}
		}
		catch (DataAccessException | TransactionException ex) {
			logger.warn("Escalation of conversation {} not stored, will retry: {}", conversation.conversationId(),
					ex.getMessage());
			this.pending.add(new PendingEscalations.Pending(conversation, triggers, churnPhrase, question));
			return new EscalationOutcome(EscalationOutcome.Kind.NOT_QUEUED_RETRYING, null, null, triggers, List.of(),
					null, CustomerMessages.NOT_QUEUED);
		}
	}

	private EscalationOutcome attempt(ConversationRef conversation, Set<EscalationTrigger> triggers, String churnPhrase,
			String question) {
		boolean churn = triggers.contains(EscalationTrigger.CHURN_RISK);
		Optional<Escalation> existing = this.escalations.findOpenFor(conversation.conversationId());
		if (existing.isPresent()) {
			Escalation e = existing.get();
			if (churn) {
				this.churnSignals.record(conversation, e.tier(), churnPhrase, true);
			}
			QueueStatus status = this.estimates.status(e);
			return new EscalationOutcome(EscalationOutcome.Kind.ALREADY_QUEUED, e.tier(), e.tierReason(), triggers,
					List.of(), status, status.message());
		}
		TierDecision decision = this.tiers.decide(conversation.customer());
		Optional<String> csm = conversation.customer().flatMap(this.customers::find).flatMap(Customer::assignedCsm);
		EscalationPolicy.Route route = this.policy.route(decision.tier(), csm, churn, this.presence.get());
		Escalation escalation = route.pool()
			.map((pool) -> this.escalations.open(new NewEscalation(conversation.conversationId(),
					conversation.customer(), EscalationPolicy.primary(triggers), decision, pool, churn, churnPhrase,
					route.assignee(), route.notifyCsm(), question)))
			.orElse(null);
		if (churn) {
			this.churnSignals.record(conversation, decision.tier(), churnPhrase, escalation != null);
		}
		List<SelfServiceLink> links = route.selfService() ? selfService() : List.of();
		if (escalation == null) {
			return new EscalationOutcome(EscalationOutcome.Kind.SELF_SERVICE, decision.tier(), decision.reason(),
					triggers, links, null, CustomerMessages.SELF_SERVICE);
		}
		QueueStatus status = this.estimates.status(escalation);
		// queued although the tier gets self-service (churn risk): a person will answer,
		// so
		// not the self-service text, which says that none will
		String message = route.selfService() ? CustomerMessages.CHURN_SHARED + status.message() : status.message();
		return new EscalationOutcome(EscalationOutcome.Kind.QUEUED, decision.tier(), decision.reason(), triggers, links,
				status, message);
	}

	private List<SelfServiceLink> selfService() {
		RoutingProperties.SelfService links = this.properties.selfService();
		List<SelfServiceLink> result = new ArrayList<>();
		add(result, "community", "ユーザーコミュニティで質問する", links.communityUrl());
		add(result, "webinar", "次回のウェビナーに参加する", links.webinarUrl());
		add(result, "ticket", "メールで問い合わせる（チケット）", links.ticketUrl());
		return result;
	}

	private static void add(List<SelfServiceLink> links, String kind, String title, String url) {
		if (url != null && !url.isBlank()) {
			links.add(new SelfServiceLink(kind, title, url));
		}
	}

}
