package dev.fureai.agents;

import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.fureai.content.FaqDrafts.DraftFile;

/**
 * The console's one-to-many API ({@code /api/agent/groups},
 * {@code /api/agent/group-answers}, low-touch CSMs only, session and CSRF token like the
 * rest of {@code /api/agent/**}).
 */
@RestController
@RequestMapping("/api/agent")
class GroupController {

	private static final Logger logger = LoggerFactory.getLogger(GroupController.class);

	private static final int MAX_REASON = 300;

	private final ConsoleGroups groups;

	GroupController(ConsoleGroups groups) {
		this.groups = groups;
	}

	@GetMapping("/groups")
	GroupsView groups(Principal principal) {
		return new GroupsView(Instant.now(), this.groups.groups(agent(principal)));
	}

	/**
	 * {@code {"escalationIds": […], "answer": "…", "note": "…" (optional), "reason": "…"
	 * (optional: what the console showed)}}.
	 */
	@PostMapping("/groups/answer")
	ResponseEntity<Object> answer(Principal principal, @RequestBody(required = false) Map<String, Object> body) {
		SignedInAgent agent = agent(principal);
		Map<String, Object> request = (body != null) ? body : Map.of();
		List<String> ids = strings(request.get("escalationIds"));
		String reason = text(request.get("reason"), "reason");
		if (reason != null && reason.length() > MAX_REASON) {
			reason = reason.substring(0, MAX_REASON);
		}
		ConsoleGroups.Sent sent = this.groups.answer(agent, ids, text(request.get("answer"), "answer"),
				text(request.get("note"), "note"), reason);
		if (sent.id() == null) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("message", "どのお客様にも送れませんでした (none of them could be taken)", "leftOut", sent.leftOut()));
		}
		return ResponseEntity.ok(sent);
	}

	/** {@code {"title": "…"}}: a FAQ draft from a group answer this agent sent. */
	@PostMapping("/group-answers/{id}/draft")
	ResponseEntity<Object> draft(Principal principal, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body) {
		SignedInAgent agent = agent(principal);
		String title = text((body != null) ? body.get("title") : null, "title");
		DraftFile file = this.groups.draft(agent, id, title);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Draft(file.relative().toString().replace('\\', '/'), file.id(), file.title(), file.questions()));
	}

	@ExceptionHandler(ConsoleQueues.NotAllowed.class)
	ResponseEntity<Object> notAllowed(ConsoleQueues.NotAllowed ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(ConsoleController.NotFound.class)
	ResponseEntity<Object> notFound(ConsoleController.NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "見つかりません (not found)");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> badRequest(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(UncheckedIOException.class)
	ResponseEntity<Object> notWritten(UncheckedIOException ex) {
		logger.error("FAQ draft not written", ex);
		return problem(HttpStatus.SERVICE_UNAVAILABLE,
				"下書きを保存できませんでした。もう一度お試しください (the draft could not be written; try again)");
	}

	private static SignedInAgent agent(Principal principal) {
		return SignedInAgent.of(principal).filter(SignedInAgent::isCsm).orElseThrow(ConsoleQueues.NotAllowed::new);
	}

	private static String text(Object value, String field) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw new IllegalArgumentException("'" + field + "' は文字列で指定してください ('" + field + "' must be a string)");
	}

	private static List<String> strings(Object value) {
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException("escalationIds を一覧で指定してください ('escalationIds' must be a list)");
		}
		List<String> ids = new ArrayList<>();
		for (Object item : list) {
			if (!(item instanceof String id) || id.isBlank() || id.length() > 36) {
				throw new IllegalArgumentException("escalationIds の値が正しくありません (bad escalation id)");
			}
			ids.add(id);
		}
		return ids;
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("message", message));
	}

	record GroupsView(Instant now, List<ConsoleGroups.GroupView> groups) {

	}

	record Draft(String file, String id, String title, List<String> questions) {

	}

}
