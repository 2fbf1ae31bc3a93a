package dev.fureai.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.fureai.customers.CustomerId;

/**
 * The queues in the database. Status changes are conditional updates
 * ({@code … where status = 'WAITING'}), so two agents claiming at once cannot both win.
 */
@Repository
class JdbcEscalations implements Escalations {

	private static final String OPEN = "('WAITING', 'CLAIMED')";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RoutingProperties properties;

	private final BusinessCalendar calendar;

	private final QueueOrder order;

	JdbcEscalations(JdbcClient jdbc, ApplicationEventPublisher events, RoutingClock clock,
			RoutingProperties properties) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock.clock();
		this.properties = properties;
		this.calendar = new BusinessCalendar(properties.calendar());
		this.order = new QueueOrder(properties.queue());
	}

	@Override
	@Transactional
	public Escalation open(NewEscalation e) {
		Optional<Escalation> existing = findOpenFor(e.conversationId());
		if (existing.isPresent()) {
			return existing.get();
		}
		// the databases keep microseconds: what is returned must equal what is read back
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Duration sla = (e.pool() == QueuePool.HIGH_TOUCH) ? this.properties.sla().highTouch()
				: this.properties.sla().lowTouch();
		Escalation escalation = new Escalation(UUID.randomUUID().toString(), e.conversationId(),
				e.customer().orElse(null), EscalationStatus.WAITING, e.trigger(), e.decision().tier(),
				e.decision().reason(), e.decision().reasonEn(), e.pool(), e.churnRisk(), e.churnPhrase(),
				e.decision().ltvYen(), e.assignee(), e.notifiedCsm(), now, this.calendar.plusWorkingTime(now, sla),
				null, null, null, null, false, e.question());
		this.jdbc.sql("""
				insert into escalation (id, conversation_id, open_conversation, customer_id, status, trigger_kind, tier,
				tier_reason, tier_reason_en, queue_pool, churn_risk, churn_phrase, ltv, assignee, notified_csm,
				created_at, first_response_due, sla_breached, question)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(escalation.id(), escalation.conversationId(), escalation.conversationId(),
					e.customer().map(CustomerId::value).orElse(null), escalation.status().name(),
					escalation.trigger().name(), escalation.tier().name(), escalation.tierReason(),
					escalation.tierReasonEn(), escalation.pool().name(), escalation.churnRisk(),
					escalation.churnPhrase(), escalation.ltv(), escalation.assignee(), escalation.notifiedCsm(),
					utc(now), utc(escalation.firstResponseDue()), false, escalation.question())
			.update();
		this.events.publishEvent(new ConversationEscalated(escalation));
		return escalation;
	}

	@Override
	@Transactional
	public void announce(Escalation escalation) {
		this.events.publishEvent(new ConversationEscalated(escalation));
	}

	@Override
	public Optional<Escalation> find(String id) {
		return this.jdbc.sql("select * from escalation where id = ?").param(id).query(JdbcEscalations::map).optional();
	}

	@Override
	public Optional<Escalation> findOpenFor(CustomerId customer) {
		return this.jdbc
			.sql("select * from escalation where customer_id = ? and status in " + OPEN + " order by created_at desc")
			.param(customer.value())
			.query(JdbcEscalations::map)
			.list()
			.stream()
			.findFirst();
	}

	@Override
	public Optional<Escalation> findOpenFor(String conversationId) {
		return this.jdbc.sql("select * from escalation where open_conversation = ?")
			.param(conversationId)
			.query(JdbcEscalations::map)
			.optional();
	}

	@Override
	public List<Escalation> waiting(QueuePool pool) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select * from escalation where status = 'WAITING' and queue_pool = ?")
			.param(pool.name())
			.query(JdbcEscalations::map)
			.list()
			.stream()
			.sorted(this.order.at(now))
			.toList();
	}

	@Override
	@Transactional
	public boolean claim(String id, String agentId) {
		OffsetDateTime now = utc(this.clock.instant());
		// a first response after the deadline is a breach even if no check saw it waiting
		return change(id,
				"status = 'CLAIMED', claimed_at = ?, claimed_by = ?,"
						+ " sla_breached = case when first_response_due < ? then true else sla_breached end",
				"status = 'WAITING'", now, agentId, now);
	}

	@Override
	@Transactional
	public boolean resolve(String id) {
		return change(id, "status = 'RESOLVED', resolved_at = ?, open_conversation = null", "status in " + OPEN,
				utc(this.clock.instant()));
	}

	@Override
	@Transactional
	public boolean transferToPool(String id, String fromAgent, QueuePool pool) {
		return change(id, "status = 'WAITING', queue_pool = ?, claimed_by = null, claimed_at = null, assignee = null",
				"status = 'CLAIMED' and claimed_by = ?", pool.name(), fromAgent);
	}

	@Override
	@Transactional
	public boolean transferToAgent(String id, String fromAgent, String toAgent) {
		return change(id, "claimed_by = ?", "status = 'CLAIMED' and claimed_by = ?", toAgent, fromAgent);
	}

	@Override
	public List<Escalation> claimedBy(String agentId) {
		return this.jdbc.sql("select * from escalation where status = 'CLAIMED' and claimed_by = ? order by created_at")
			.param(agentId)
			.query(JdbcEscalations::map)
			.list();
	}

	@Override
	public List<Escalation> ofCustomer(CustomerId customer, int limit) {
		return this.jdbc.sql("select * from escalation where customer_id = ? order by created_at desc")
			.param(customer.value())
			.withMaxRows(limit)
			.query(JdbcEscalations::map)
			.list();
	}

	@Override
	@Transactional
	public boolean abandon(String id) {
		return change(id, "status = 'ABANDONED', abandoned_at = ?, open_conversation = null", "status = 'WAITING'",
				utc(this.clock.instant()));
	}

	/**
	 * The customer left (or came back, with {@code null}): abandonment is decided later.
	 */
	@Transactional
	void markLeft(String conversationId, Instant leftAt) {
		this.jdbc.sql("update escalation set left_at = ? where open_conversation = ?")
			.params((leftAt != null) ? utc(leftAt) : null, conversationId)
			.update();
	}

	/** Waiting escalations whose customer left before {@code cutoff}. */
	List<Escalation> leftBefore(Instant cutoff) {
		return this.jdbc.sql("select * from escalation where status = 'WAITING' and left_at < ?")
			.param(utc(cutoff))
			.query(JdbcEscalations::map)
			.list();
	}

	/** Marks every waiting escalation past its deadline; returns those newly breached. */
	@Transactional
	List<Escalation> markBreaches() {
		Instant now = this.clock.instant();
		List<Escalation> due = this.jdbc.sql(
				"select * from escalation where status = 'WAITING' and sla_breached = false and first_response_due < ?")
			.param(utc(now))
			.query(JdbcEscalations::map)
			.list();
		List<Escalation> breached = due.stream()
			.filter((e) -> this.jdbc
				.sql("update escalation set sla_breached = true where id = ? and sla_breached = false")
				.param(e.id())
				.update() == 1)
			.map((e) -> find(e.id()).orElseThrow())
			.toList();
		breached.forEach((e) -> this.events.publishEvent(new EscalationSlaBreached(e)));
		return breached;
	}

	/** How long people recently took from claiming to resolving, newest first. */
	List<Duration> recentHandlingTimes(QueuePool pool, int limit) {
		return this.jdbc.sql("""
				select claimed_at, resolved_at from escalation where queue_pool = ? and status = 'RESOLVED'
				and claimed_at is not null order by resolved_at desc""")
			.param(pool.name())
			.query((rs, n) -> Duration.between(instant(rs, "claimed_at"), instant(rs, "resolved_at")))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/**
	 * Updates one escalation; {@code values} fill the {@code ?} of {@code set}, then the
	 * id, then those of {@code condition}.
	 */
	private boolean change(String id, String set, String condition, Object... values) {
		int inSet = (int) set.chars().filter((c) -> c == '?').count();
		Object[] params = new Object[values.length + 1];
		System.arraycopy(values, 0, params, 0, inSet);
		params[inSet] = id;
		System.arraycopy(values, inSet, params, inSet + 1, values.length - inSet);
		boolean changed = this.jdbc.sql("update escalation set " + set + " where id = ? and " + condition)
			.params(params)
			.update() == 1;
		if (changed) {
			this.events.publishEvent(new EscalationStatusChanged(find(id).orElseThrow()));
		}
		return changed;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Escalation map(ResultSet rs, int row) throws SQLException {
		String customer = rs.getString("customer_id");
		return new Escalation(rs.getString("id"), rs.getString("conversation_id"),
				(customer != null) ? CustomerId.of(customer) : null, EscalationStatus.valueOf(rs.getString("status")),
				EscalationTrigger.valueOf(rs.getString("trigger_kind")), CustomerTier.valueOf(rs.getString("tier")),
				rs.getString("tier_reason"), rs.getString("tier_reason_en"),
				QueuePool.valueOf(rs.getString("queue_pool")), rs.getBoolean("churn_risk"),
				rs.getString("churn_phrase"), rs.getLong("ltv"), rs.getString("assignee"), rs.getString("notified_csm"),
				instant(rs, "created_at"), instant(rs, "first_response_due"), instant(rs, "claimed_at"),
				rs.getString("claimed_by"), instant(rs, "resolved_at"), instant(rs, "left_at"),
				rs.getBoolean("sla_breached"), rs.getString("question"));
	}

}
