package dev.fureai.agents;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.fureai.routing.Escalation;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.QueuePool;
import dev.fureai.routing.RoutingProperties;

/**
 * The console's API ({@code /api/agent/**}, CSM roles only, session and CSRF token).
 * Every escalation is checked against the agent's roles, not only the URL.
 */
@RestController
@RequestMapping("/api/agent")
class ConsoleController {

	static final int MAX_NOTE = 500;

	// an empty note and a long one are different mistakes: each message names its own
	static final String NOTE_REQUIRED = "対応メモを入力してください (a note is required)";

	static final String NOTE_TOO_LONG = "対応メモは" + MAX_NOTE + "文字以内で入力してください (a note has at most " + MAX_NOTE
			+ " characters)";

	private final ConsoleQueues queues;

	private final Escalations escalations;

	private final EntryViews entries;

	private final ContextCards cards;

	private final JdbcAgents agents;

	private final LiveChats chats;

	private final OnlineAgents online;

	private final String zone;

	ConsoleController(ConsoleQueues queues, Escalations escalations, EntryViews entries, ContextCards cards,
			JdbcAgents agents, LiveChats chats, OnlineAgents online, RoutingProperties routing) {
		this.queues = queues;
		this.escalations = escalations;
		this.entries = entries;
		this.cards = cards;
		this.agents = agents;
		this.chats = chats;
		this.online = online;
		this.zone = routing.calendar().zone().getId();
	}

	@GetMapping("/me")
	Me me(Principal principal, CsrfToken csrf) {
		SignedInAgent agent = agent(principal);
		String name = this.agents.find(agent.id()).map(Agent::name).orElse(agent.id());
		return new Me(agent.id(), name, agent.roles().stream().map(Enum::name).sorted().toList(),
				this.queues.keys(agent), this.zone, new Csrf(csrf.getHeaderName(), csrf.getToken()));
	}

	@GetMapping("/queues")
	QueuesView queues(Principal principal) {
		SignedInAgent agent = agent(principal);
		return new QueuesView(Instant.now(),
				this.queues.keys(agent)
					.stream()
					.map((key) -> new QueueView(key, label(key),
							this.queues.queue(agent, key).stream().map(this.entries::of).toList()))
					.toList(),
				this.escalations.claimedBy(agent.id()).stream().map(this.entries::of).toList());
	}

	@PostMapping("/queues/{key}/next")
	ResponseEntity<Object> takeNext(Principal principal, @PathVariable String key) {
		SignedInAgent agent = agent(principal);
		Optional<Escalation> taken = this.queues.takeNext(agent, key);
		taken.ifPresent((e) -> this.chats.joined(agent, e));
		return taken.<ResponseEntity<Object>>map((e) -> ResponseEntity.ok(this.entries.of(e)))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "待っているお客様はいません (nobody is waiting)"));
	}

	@GetMapping("/escalations/{id}")
	ResponseEntity<Object> card(Principal principal, @PathVariable String id) {
		Escalation e = visible(agent(principal), id);
		return ResponseEntity.ok(this.cards.of(e));
	}

	@PostMapping("/escalations/{id}/claim")
	ResponseEntity<Object> claim(Principal principal, @PathVariable String id) {
		SignedInAgent agent = agent(principal);
		Optional<Escalation> taken = this.queues.take(agent, visible(agent, id));
		taken.ifPresent((e) -> this.chats.joined(agent, e));
		return taken.<ResponseEntity<Object>>map((e) -> ResponseEntity.ok(this.entries.of(e)))
			.orElseGet(
					() -> problem(HttpStatus.CONFLICT, "ほかの担当者が対応済みか、もう待っていません (already taken or no longer waiting)"));
	}

	@PostMapping("/escalations/{id}/resolve")
	ResponseEntity<Object> resolve(Principal principal, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body) {
		SignedInAgent agent = agent(principal);
		Object note = (body != null) ? body.get("note") : null;
		String text = (note instanceof String written) ? written.strip() : "";
		if (text.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, NOTE_REQUIRED);
		}
		if (text.length() > MAX_NOTE) {
			return problem(HttpStatus.BAD_REQUEST, NOTE_TOO_LONG);
		}
		Escalation e = visible(agent, id);
		if (!this.queues.resolve(agent, e, text)) {
			return problem(HttpStatus.CONFLICT, "この対応はもう終わっています (no longer open)");
		}
		this.chats.resolved(agent, e);
		return ResponseEntity.ok(this.entries.of(this.escalations.find(id).orElseThrow()));
	}

	/**
	 * Writes to the customer. {@code id} (optional, chosen by the console) makes a resend
	 * after a lost answer harmless: the customer sees the message once.
	 */
	@PostMapping("/escalations/{id}/messages")
	ResponseEntity<Object> write(Principal principal, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body) {
		SignedInAgent agent = agent(principal);
		Escalation e = visible(agent, id);
		Object text = (body != null) ? body.get("text") : null;
		Object messageId = (body != null) ? body.get("id") : null;
		if (!(text instanceof String written) || (messageId != null && !(messageId instanceof String))) {
			return problem(HttpStatus.BAD_REQUEST, "text を文字列で指定してください (text is required)");
		}
		String stored = this.chats.write(agent, e, (String) messageId, written);
		return ResponseEntity.ok(Map.of("id", stored));
	}

	/** The agent is typing: shown to the customer, never stored. */
	@PostMapping("/escalations/{id}/typing")
	ResponseEntity<Object> typing(Principal principal, @PathVariable String id) {
		SignedInAgent agent = agent(principal);
		this.chats.typing(agent, visible(agent, id));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Transfers to a pool ({@code {"pool": "LOW_TOUCH"}}) or a named CSM
	 * ({@code {"agent": "csm-suzuki"}}).
	 */
	@PostMapping("/escalations/{id}/transfer")
	ResponseEntity<Object> transfer(Principal principal, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body) {
		SignedInAgent agent = agent(principal);
		Escalation e = visible(agent, id);
		Object pool = (body != null) ? body.get("pool") : null;
		Object to = (body != null) ? body.get("agent") : null;
		boolean done;
		if (pool instanceof String name && to == null) {
			QueuePool target;
			try {
				target = QueuePool.valueOf(name);
			}
			catch (IllegalArgumentException ex) {
				return problem(HttpStatus.BAD_REQUEST, "pool は HIGH_TOUCH か LOW_TOUCH です (unknown pool)");
			}
			done = this.chats.transferToPool(agent, e, target);
		}
		else if (to instanceof String target && pool == null) {
			done = this.chats.transferToAgent(agent, e, target);
		}
		else {
			return problem(HttpStatus.BAD_REQUEST, "pool か agent のどちらか一方を指定してください (give either pool or agent)");
		}
		return done ? ResponseEntity.ok(this.entries.of(this.escalations.find(id).orElseThrow()))
				: problem(HttpStatus.CONFLICT, "もう担当していません (no longer yours)");
	}

	/** Hands the conversation back to the bot (closed for people). */
	@PostMapping("/escalations/{id}/hand-back")
	ResponseEntity<Object> handBack(Principal principal, @PathVariable String id) {
		SignedInAgent agent = agent(principal);
		Escalation e = visible(agent, id);
		return this.chats.handBack(agent, e)
				? ResponseEntity.ok(this.entries.of(this.escalations.find(id).orElseThrow()))
				: problem(HttpStatus.CONFLICT, "もう担当していません (no longer yours)");
	}

	/** The CSMs one may transfer to, with whether they are online. */
	@GetMapping("/agents")
	List<Colleague> colleagues(Principal principal) {
		SignedInAgent agent = agent(principal);
		return this.agents.findAll()
			.stream()
			.filter((a) -> a.enabled() && a.isCsm() && !a.id().equals(agent.id()))
			.map((a) -> new Colleague(a.id(), a.name(), a.roles().stream().map(Enum::name).sorted().toList(),
					this.online.isOnline(a.id())))
			.toList();
	}

	@ExceptionHandler(LiveChats.TooMany.class)
	ResponseEntity<Object> tooMany(LiveChats.TooMany ex) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> badRequest(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(ConsoleQueues.NotAllowed.class)
	ResponseEntity<Object> notAllowed(ConsoleQueues.NotAllowed ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<Object> notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "見つかりません (not found)");
	}

	private Escalation visible(SignedInAgent agent, String id) {
		Escalation e = this.escalations.find(id).orElseThrow(NotFound::new);
		if (!this.queues.maySee(agent, e)) {
			throw new ConsoleQueues.NotAllowed();
		}
		return e;
	}

	private static SignedInAgent agent(Principal principal) {
		return SignedInAgent.of(principal).filter(SignedInAgent::isCsm).orElseThrow(ConsoleQueues.NotAllowed::new);
	}

	private static String label(String key) {
		return ConsoleQueues.OWN.equals(key) ? "担当のお客様" : QueuePool.valueOf(key).label();
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("message", message));
	}

	/**
	 * @param zone the team's calendar zone ({@code fureai.routing.calendar.zone}): SLAs
	 * and business hours are counted there, so every console shows times in it, whatever
	 * the agent's machine says
	 */
	record Me(String id, String name, List<String> roles, List<String> queues, String zone, Csrf csrf) {

	}

	record Csrf(String header, String token) {

	}

	record Colleague(String id, String name, List<String> roles, boolean online) {

	}

	/**
	 * @param mine the open escalations the agent has claimed (their live chats)
	 */
	record QueuesView(Instant now, List<QueueView> queues, List<QueueEntry> mine) {

	}

	record QueueView(String key, String label, List<QueueEntry> entries) {

	}

	static class NotFound extends RuntimeException {

		NotFound() {
			super(null, null, false, false);
		}

	}

}
