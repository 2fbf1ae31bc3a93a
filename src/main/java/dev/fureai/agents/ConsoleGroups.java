package dev.fureai.agents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import dev.fureai.agents.GroupAnswers.GroupAnswer;
import dev.fureai.agents.GroupAnswers.Member;
import dev.fureai.agents.GroupAnswers.Outcome;
import dev.fureai.agents.QuestionGroups.Candidate;
import dev.fureai.agents.QuestionGroups.Group;
import dev.fureai.chat.AgentReplies;
import dev.fureai.chat.Transcripts;
import dev.fureai.content.FaqDrafts;
import dev.fureai.content.FaqDrafts.DraftFile;
import dev.fureai.content.FaqDrafts.FaqDraft;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.QueuePool;
import dev.fureai.search.AnswerDecision;
import dev.fureai.search.Search;
import dev.fureai.search.SearchHit;
import dev.fureai.search.SearchResult;

/**
 * One-to-many answers for the low-touch pool: the pool's waiting questions in groups, one
 * answer delivered to every customer of a group (each in their own conversation, through
 * the chat module's {@link AgentReplies}) and all of them resolved with the same note,
 * and a FAQ draft made from such an answer.
 * <p>
 * Sending claims every escalation first, one conditional update each: once claimed, no
 * other agent can take it, and one someone else took in between is left out and reported,
 * never answered twice.
 */
@Service
class ConsoleGroups {

	private static final Logger logger = LoggerFactory.getLogger(ConsoleGroups.class);

	private static final String POOL = QueuePool.LOW_TOUCH.name();

	private static final Set<String> SEARCHED_REPLIES = Set.of("answer", "clarify", "no_answer");

	private static final int TRANSCRIPT_LINES = 200;

	private static final int MAX_QUESTION = 1000;

	private final ConsoleQueues queues;

	private final Escalations escalations;

	private final Transcripts transcripts;

	private final Search search;

	private final AgentReplies replies;

	private final LiveChats chats;

	private final AgentActions actions;

	private final GroupAnswers answers;

	private final FaqDrafts drafts;

	private final JdbcAgents agents;

	private final EntryViews entries;

	private final GroupProperties properties;

	ConsoleGroups(ConsoleQueues queues, Escalations escalations, Transcripts transcripts, Search search,
			AgentReplies replies, LiveChats chats, AgentActions actions, GroupAnswers answers, FaqDrafts drafts,
			JdbcAgents agents, EntryViews entries, GroupProperties properties) {
		this.queues = queues;
		this.escalations = escalations;
		this.transcripts = transcripts;
		this.search = search;
		this.replies = replies;
		this.chats = chats;
		this.actions = actions;
		this.answers = answers;
		this.drafts = drafts;
		this.agents = agents;
		this.entries = entries;
		this.properties = properties;
	}

	/** The low-touch pool's waiting questions in groups, in queue order. */
	List<GroupView> groups(SignedInAgent agent) {
		requireLowTouch(agent);
		List<Escalation> waiting = this.queues.queue(agent, POOL);
		Map<String, Escalation> byId = new LinkedHashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (Escalation e : waiting) {
			byId.put(e.id(), e);
			searchedQuestion(e.conversationId()).ifPresent((q) -> candidates.add(candidate(e.id(), q)));
		}
		return QuestionGroups
			.of(candidates, this.properties.similarity(), this.properties.minSize(), this.properties.maxSize())
			.stream()
			.map((group) -> view(group, byId))
			.toList();
	}

	/**
	 * The customer's latest question the bot searched (answered, offered choices for, or
	 * found nothing for): not a bare "担当者と話したい", which the bot never searches and which
	 * would make every request for a person look alike.
	 */
	Optional<String> searchedQuestion(String conversationId) {
		List<Transcripts.Line> lines = this.transcripts.of(conversationId, TRANSCRIPT_LINES);
		Set<String> searched = new HashSet<>();
		for (int i = lines.size() - 1; i >= 0; i--) {
			Transcripts.Line line = lines.get(i);
			if (SEARCHED_REPLIES.contains(line.type())) {
				searched.add(line.message().path("replyTo").asString(""));
			}
			else if ("customer".equals(line.from()) && "ask".equals(line.type())
					&& searched.contains(line.message().path("id").asString(""))) {
				String text = line.message().path("text").asString("").strip();
				if (!text.isEmpty()) {
					return Optional.of(text);
				}
			}
		}
		return Optional.empty();
	}

	private Candidate candidate(String id, String question) {
		SearchResult result = this.search.search(question, null, 1);
		// the article the bot put first: answered with, or first of the choices it
		// offered
		SearchHit best = (result.decision().kind() != AnswerDecision.Kind.NO_ANSWER && !result.hits().isEmpty())
				? result.hits().get(0) : null;
		return new Candidate(id, question, (best != null) ? best.articleId() : null,
				(best != null) ? best.title() : null, new HashSet<>(this.search.terms(question)));
	}

	private GroupView view(Group group, Map<String, Escalation> byId) {
		List<QueueEntry> members = group.members().stream().map((c) -> this.entries.of(byId.get(c.id()))).toList();
		return new GroupView(group.key(), group.reason().name(), group.articleId(), group.articleTitle(),
				(group.articleId() != null) ? "/articles/" + group.articleId() : null, group.sharedTerms(),
				Math.round(group.similarity() * 100) / 100.0, members);
	}

	/**
	 * Sends one answer to the given escalations of the low-touch pool: claims each (those
	 * someone else took first are left out), delivers the answer into each customer's
	 * conversation, and resolves each with the note.
	 * @throws ConsoleQueues.NotAllowed when the agent does not serve the low-touch pool
	 * or an id belongs to another pool (nothing is done)
	 * @throws IllegalArgumentException for a missing or too long answer or note, or no or
	 * too many ids (nothing is done)
	 */
	Sent answer(SignedInAgent agent, List<String> ids, String answer, String note, String reason) {
		requireLowTouch(agent);
		String text = (answer != null) ? answer.strip() : "";
		// an empty field and a too long one are different mistakes: each message names
		// its own
		if (text.isEmpty()) {
			throw new IllegalArgumentException("回答を入力してください (an answer is required)");
		}
		if (text.length() > this.properties.maxAnswerLength()) {
			throw new IllegalArgumentException("回答は" + this.properties.maxAnswerLength()
					+ "文字以内で入力してください (an answer has at most " + this.properties.maxAnswerLength() + " characters)");
		}
		Set<String> distinct = new LinkedHashSet<>((ids != null) ? ids : List.of());
		distinct.remove(null);
		if (distinct.isEmpty()) {
			throw new IllegalArgumentException("送り先を選んでください (choose at least one escalation)");
		}
		if (distinct.size() > this.properties.maxSize()) {
			throw new IllegalArgumentException("送り先は" + this.properties.maxSize() + "件までです (at most "
					+ this.properties.maxSize() + " escalations)");
		}
		String resolution = note(note, text, distinct.size());
		List<LeftOut> leftOut = new ArrayList<>();
		List<Escalation> targets = new ArrayList<>();
		for (String id : distinct) {
			Optional<Escalation> found = this.escalations.find(id);
			if (found.isEmpty()) {
				leftOut.add(new LeftOut(id, "not_found", null, "見つかりません (not found)"));
			}
			else if (found.get().pool() != QueuePool.LOW_TOUCH || !this.queues.maySee(agent, found.get())) {
				throw new ConsoleQueues.NotAllowed();
			}
			else {
				targets.add(found.get());
			}
		}
		String answerId = UUID.randomUUID().toString();
		List<Member> members = new ArrayList<>();
		List<Escalation> claimed = new ArrayList<>();
		for (Escalation e : targets) {
			Optional<LeftOut> refused = claim(agent, e);
			if (refused.isPresent()) {
				leftOut.add(refused.get());
				continue;
			}
			claimed.add(e);
			members.add(new Member(e.id(), e.conversationId(),
					searchedQuestion(e.conversationId()).or(() -> this.transcripts.lastQuestion(e.conversationId()))
						.map(ConsoleGroups::capped)
						.orElse(null),
					Outcome.CLAIMED));
		}
		if (claimed.isEmpty()) {
			return new Sent(null, List.of(), leftOut, List.of());
		}
		this.answers.save(new GroupAnswer(answerId, agent.id(), text, resolution, reason, Instant.now(), members));
		// the customer sees the family name, as in a 1:1 chat, never the full name
		String name = this.agents.find(agent.id()).map(Agent::shownName).orElse(agent.id());
		List<QueueEntry> answered = new ArrayList<>();
		for (Escalation e : claimed) {
			Outcome outcome = deliver(agent, name, answerId, e, text, resolution);
			this.answers.outcome(answerId, e.id(), outcome);
			if (outcome == Outcome.ANSWERED) {
				answered.add(this.entries.of(this.escalations.find(e.id()).orElseThrow()));
			}
			else {
				leftOut.add(new LeftOut(e.id(), "not_delivered", agent.id(),
						"届けられませんでした。担当中のまま残しています (could not be delivered; still yours to answer 1:1)"));
			}
		}
		List<String> questions = members.stream()
			.filter((m) -> answered.stream().anyMatch((a) -> a.id().equals(m.escalationId())))
			.map(Member::question)
			.filter((q) -> q != null && !q.isBlank())
			.distinct()
			.toList();
		return new Sent(answerId, answered, leftOut, questions);
	}

	/** Claims one escalation for the group, or says why it is left out. */
	private Optional<LeftOut> claim(SignedInAgent agent, Escalation e) {
		if (this.escalations.claim(e.id(), agent.id())) {
			this.actions.record(e.id(), agent.id(), AgentActions.Kind.TAKEN_FOR_GROUP, null);
			return Optional.empty();
		}
		Escalation now = this.escalations.find(e.id()).orElse(e);
		if (now.status() == EscalationStatus.CLAIMED && agent.id().equals(now.claimedBy())) {
			return Optional.empty(); // already this agent's: answered with the group
		}
		if (now.status() == EscalationStatus.CLAIMED) {
			return Optional
				.of(new LeftOut(e.id(), "taken", now.claimedBy(), "ほかの担当者が先に対応しました (someone else took it first)"));
		}
		return Optional.of(new LeftOut(e.id(), "not_waiting", now.claimedBy(), "もう待っていません (no longer waiting)"));
	}

	private Outcome deliver(SignedInAgent agent, String name, String answerId, Escalation e, String text,
			String resolution) {
		try {
			// the same id in every conversation: a retry of this group answer never shows
			// it twice
			this.replies.deliver(e.conversationId(), "group:" + answerId, agent.id(), name, text);
		}
		catch (RuntimeException ex) {
			logger.warn("group answer {} not delivered to escalation {}: {}", answerId, e.id(), ex.toString());
			return Outcome.NOT_DELIVERED;
		}
		Escalation claimed = this.escalations.find(e.id()).orElseThrow();
		if (!this.queues.resolve(agent, claimed, resolution)) {
			return Outcome.NOT_DELIVERED;
		}
		// resolved like a 1:1 conversation, so the customer is told the same way: without
		// agent_left the widget still shows a person answering
		this.chats.resolved(agent, claimed);
		return Outcome.ANSWERED;
	}

	/** As stored ({@code group_answer_member.question}): the chat's default limit. */
	private static String capped(String question) {
		if (question.length() <= MAX_QUESTION) {
			return question;
		}
		return question.substring(0,
				Character.isHighSurrogate(question.charAt(MAX_QUESTION - 1)) ? MAX_QUESTION - 1 : MAX_QUESTION);
	}

	private static String note(String note, String answer, int count) {
		if (note != null && !note.isBlank()) {
			if (note.strip().length() > ConsoleController.MAX_NOTE) {
				throw new IllegalArgumentException(ConsoleController.NOTE_TOO_LONG);
			}
			return note.strip();
		}
		String prefix = "一括回答（" + count + "件）: ";
		String oneLine = answer.replaceAll("\\s+", " ");
		int room = ConsoleController.MAX_NOTE - prefix.length();
		return prefix + ((oneLine.length() > room) ? oneLine.substring(0, room - 1) + "…" : oneLine);
	}

	/**
	 * Writes a FAQ draft from a group answer the agent sent: the answer as its body, the
	 * answered customers' own questions as {@code questions:}, the agent's title.
	 * @throws ConsoleQueues.NotAllowed when it is someone else's group answer
	 * @throws ConsoleController.NotFound when there is no such group answer
	 * @throws IllegalArgumentException for a missing or too long title
	 */
	DraftFile draft(SignedInAgent agent, String answerId, String title) {
		requireLowTouch(agent);
		GroupAnswer answer = this.answers.find(answerId).orElseThrow(ConsoleController.NotFound::new);
		if (!answer.agentId().equals(agent.id())) {
			throw new ConsoleQueues.NotAllowed();
		}
		// the drafts' own check says only how long a title may be
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("タイトルを入力してください (a title is required)");
		}
		List<String> questions = answer.members()
			.stream()
			.filter((m) -> m.outcome() == Outcome.ANSWERED)
			.map(Member::question)
			.filter((q) -> q != null && !q.isBlank())
			.toList();
		String id = "faq-draft-" + LocalDate.ofInstant(answer.at(), ZoneOffset.UTC).toString().replace("-", "") + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		String provenance = "一括回答 " + answer.id() + " から作成 (" + agent.id() + ", "
				+ LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC) + ", " + questions.size() + "件の質問)";
		DraftFile file = this.drafts.write(new FaqDraft(id, title, questions, answer.answer(), provenance));
		this.answers.drafted(answer.id(), file.relative().toString());
		return file;
	}

	private static void requireLowTouch(SignedInAgent agent) {
		if (!agent.serves(QueuePool.LOW_TOUCH)) {
			throw new ConsoleQueues.NotAllowed();
		}
	}

	/**
	 * A group as the console shows it.
	 *
	 * @param key a stable key (reason and first member)
	 * @param reason {@code SAME_ARTICLE} or {@code SIMILAR_QUESTIONS}
	 * @param articleId the shared best article
	 * @param articleTitle its title
	 * @param articleLink its page
	 * @param sharedTerms the analysed words every question has
	 * @param similarity the lowest similarity of two members' words (0 to 1)
	 * @param entries the escalations, in queue order
	 */
	record GroupView(String key, String reason, String articleId, String articleTitle, String articleLink,
			List<String> sharedTerms, double similarity, List<QueueEntry> entries) {

	}

	/**
	 * The outcome of a group answer.
	 *
	 * @param id the group answer, for a FAQ draft ({@code null} when nothing was sent)
	 * @param answered the escalations answered and resolved
	 * @param leftOut the ones not answered, and why
	 * @param questions the answered customers' questions (the draft's {@code questions:})
	 */
	record Sent(String id, List<QueueEntry> answered, List<LeftOut> leftOut, List<String> questions) {

	}

	/**
	 * An escalation the group answer did not reach.
	 *
	 * @param id the escalation
	 * @param reason {@code not_found}, {@code taken}, {@code not_waiting} or
	 * {@code not_delivered}
	 * @param claimedBy who has it
	 * @param message for the agent, Japanese first
	 */
	record LeftOut(String id, String reason, String claimedBy, String message) {

	}

}
