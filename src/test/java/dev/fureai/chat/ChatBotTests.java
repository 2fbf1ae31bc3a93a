package dev.fureai.chat;

import java.time.Instant;
import java.util.List;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.AskForPerson;
import dev.fureai.chat.ClientMessage.Choose;
import dev.fureai.chat.ClientMessage.Feedback;
import dev.fureai.chat.ClientMessage.Resume;
import dev.fureai.chat.ServerMessage.Alternatives;
import dev.fureai.chat.ServerMessage.Answer;
import dev.fureai.chat.ServerMessage.Clarify;
import dev.fureai.chat.ServerMessage.Escalated;
import dev.fureai.chat.ServerMessage.Guide;
import dev.fureai.chat.ServerMessage.NoAnswer;
import dev.fureai.chat.ServerMessage.Resumed;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.fureai.testing.TestDatabases;

/**
 * The conversation logic without Spring or a socket: the real store on H2, a fixed
 * content set and the real search pipeline.
 */
class ChatBotTests {

	private final Outage database = new Outage(TestDatabases.h2());

	private final Conversations conversations = new Conversations(JdbcClient.create(this.database));

	private final ScriptedRouting routing = new ScriptedRouting();

	private final java.util.List<Object> events = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final ChatBacklog backlog = new ChatBacklog(this.conversations);

	private final Handover handover = new Handover(this.routing, this.backlog);

	private final ChatBot bot = new ChatBot(this.conversations,
			new Turns(new Replies(TestContent.search(), TestContent.articles(), this.conversations,
					ChatProperties.defaults()), this.handover, this.conversations, ChatProperties.defaults()),
			this.handover, ChatProperties.defaults(), this.events::add, this.backlog);

	private final ChatIdentity alice = ChatIdentity.customer("alice");

	@Test
	void whileAPersonHasTheConversationTheBotOnlyAcknowledgesAndThePersonIsTold() {
		Answer first = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書")), Answer.class);
		String conversation = first.conversationId();
		this.routing.statuses.put(conversation, claimedBy("csm-sato", conversation));

		ServerMessage.Ack ack = only(this.bot.handle(this.alice, new Ask("m2", conversation, "請求書をダウンロードしたい")),
				ServerMessage.Ack.class);
		assertThat(ack.replyTo()).isEqualTo("m2");
		assertThat(this.events).singleElement().isInstanceOfSatisfying(CustomerWroteToPerson.class, (said) -> {
			assertThat(said.agentId()).isEqualTo("csm-sato");
			assertThat(said.messageId()).isEqualTo("m2");
			assertThat(said.text()).isEqualTo("請求書をダウンロードしたい");
		});
		// a resend gets the same ack and tells nobody twice
		assertThat(
				only(this.bot.handle(this.alice, new Ask("m2", conversation, "請求書をダウンロードしたい")), ServerMessage.Ack.class)
					.id())
			.isEqualTo(ack.id());
		assertThat(this.events).hasSize(1);
		assertThat(this.conversations.history(conversation, 50)).extracting(StoredMessage::type)
			.containsExactly("ask", "answer", "ask", "ack");

		// typing: not stored, no reply, the person hears of it
		assertThat(this.bot.handle(this.alice, new ClientMessage.Typing("t1", conversation))).isEmpty();
		assertThat(this.events).last().isInstanceOf(CustomerTyping.class);
		assertThat(this.conversations.history(conversation, 50)).hasSize(4);

		// routing down: the bot answers rather than nobody
		this.routing.statusFailure = new IllegalStateException("routing down");
		only(this.bot.handle(this.alice, new Ask("m3", conversation, "領収書")), Answer.class);
	}

	@Test
	void typingWithoutAPersonTellsNobodyAndAForeignConversationIsNotFound() {
		String conversation = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書")), Answer.class)
			.conversationId();
		assertThat(this.bot.handle(this.alice, new ClientMessage.Typing("t1", conversation))).isEmpty();
		assertThat(this.events).isEmpty();
		assertThatThrownBy(
				() -> this.bot.handle(ChatIdentity.customer("mallory"), new ClientMessage.Typing("t2", conversation)))
			.isInstanceOf(ProtocolError.class)
			.hasMessageContaining("conversation not found");
	}

	private static dev.fureai.routing.QueueStatus claimedBy(String agent, String conversation) {
		java.time.Instant now = java.time.Instant.now();
		dev.fureai.routing.Escalation e = new dev.fureai.routing.Escalation("esc-1", conversation,
				dev.fureai.customers.CustomerId.of("alice"), dev.fureai.routing.EscalationStatus.CLAIMED,
				dev.fureai.routing.EscalationTrigger.ASKED_FOR_PERSON, dev.fureai.routing.CustomerTier.HIGH_TOUCH,
				"test", "test", dev.fureai.routing.QueuePool.HIGH_TOUCH, false, null, 0, null, null, now, now, now,
				agent, null, null, false, null);
		return new dev.fureai.routing.QueueStatus(e, 0, java.time.Duration.ZERO, now, true, "担当者が対応しています。",
				java.time.ZoneId.of("Asia/Tokyo"));
	}

	@Test
	void aClearQuestionIsAnsweredWithTheSectionLinkAndRelatedGuides() {
		Answer answer = only(this.bot.handle(this.alice, new Ask("m1", null, "請求書をダウンロードしたい")), Answer.class);
		assertThat(answer.replyTo()).isEqualTo("m1");
		assertThat(answer.conversationId()).isNotNull();
		assertThat(answer.articleId()).isEqualTo("billing-invoice-download");
		assertThat(answer.link()).isEqualTo("/articles/billing-invoice-download");
		assertThat(answer.html()).contains("請求書をダウンロードする");
		assertThat(answer.related()).extracting(Guide::articleId).first().isEqualTo("billing-receipt");
	}

	@Test
	void anAmbiguousQuestionClarifiesAndTheChoiceIsAnswered() {
		Clarify clarify = only(this.bot.handle(this.alice, new Ask("m1", null, "パスワード")), Clarify.class);
		assertThat(clarify.choices()).hasSizeBetween(2, 3)
			.extracting(Guide::articleId)
			.contains("login-password-reset", "login-password-change");

		Answer answer = only(
				this.bot.handle(this.alice,
						new Choose("m2", clarify.conversationId(), clarify.id(), "login-password-change")),
				Answer.class);
		assertThat(answer.articleId()).isEqualTo("login-password-change");
		assertThat(answer.replyTo()).isEqualTo("m2");
	}

	@Test
	void aChoiceThatWasNotOfferedIsRefused() {
		Clarify clarify = only(this.bot.handle(this.alice, new Ask("m1", null, "パスワード")), Clarify.class);
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.bot.handle(this.alice,
					new Choose("m2", clarify.conversationId(), clarify.id(), "billing-receipt")))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("unknown_choice"));
	}

	@Test
	void noMatchIsNoAnswerWithTheContactLink() {
		NoAnswer none = only(this.bot.handle(this.alice, new Ask("m1", null, "zzz")), NoAnswer.class);
		assertThat(none.closest()).isEmpty();
		assertThat(none.contact()).isEqualTo("mailto:support@example.com");
	}

	@Test
	void feedbackIsAcknowledgedAndUnresolvedGetsAlternatives() {
		Answer answer = only(this.bot.handle(this.alice, new Ask("m1", null, "請求書をダウンロードしたい")), Answer.class);
		String conversation = answer.conversationId();
		assertThat(this.bot.handle(this.alice, new Feedback("m2", conversation, answer.id(), true, null)))
			.singleElement()
			.isInstanceOf(ServerMessage.Ack.class);
		List<ServerMessage> unresolved = this.bot.handle(this.alice,
				new Feedback("m3", conversation, answer.id(), false, "請求書が見つからない"));
		assertThat(unresolved).hasSize(2).allSatisfy((m) -> assertThat(m.replyTo()).isEqualTo("m3"));
		assertThat(unresolved.get(1)).isInstanceOf(Alternatives.class);
	}

	@Test
	void askingForAPersonGetsRoutingsOutcomeWithGuidesForTheLastQuestion() {
		Answer answer = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		Escalated escalated = only(
				this.bot.handle(this.alice, new AskForPerson("m2", answer.conversationId(), "領収書がほしい")),
				Escalated.class);
		assertThat(this.routing.words).as("the words the escalation keeps").containsExactly("領収書がほしい");
		assertThat(escalated.outcome()).isEqualTo("self_service");
		assertThat(escalated.tier()).isEqualTo("tech_touch");
		assertThat(escalated.tierLabel()).isEqualTo("テックタッチ");
		assertThat(escalated.queue()).isNull();
		assertThat(escalated.message()).contains("担当者ではなく");
		assertThat(escalated.guides()).extracting(Guide::articleId).contains("billing-receipt");
		assertThat(escalated.contact()).startsWith("mailto:");
		assertThat(this.routing.asked).last()
			.satisfies((ref) -> assertThat(ref.customer())
				.hasValueSatisfying((id) -> assertThat(id.value()).isEqualTo("alice")));
	}

	/**
	 * Words that ask for a person say who should answer, not about what: searched, they
	 * find articles that merely mention 担当者.
	 */
	@Test
	void wordsAskingForAPersonGetGuidesForTheQuestionBeforeThemAndNoneWithoutOne() {
		Escalated first = only(this.bot.handle(this.alice, new Ask("m1", null, "担当者と話したい")), Escalated.class);
		assertThat(first.guides()).isEmpty();
		Answer answer = only(this.bot.handle(this.alice, new Ask("m2", first.conversationId(), "領収書がほしい")),
				Answer.class);
		Escalated later = only(this.bot.handle(this.alice, new Ask("m3", answer.conversationId(), "担当者と話したい")),
				Escalated.class);
		assertThat(later.guides()).extracting(Guide::articleId).contains("billing-receipt");
	}

	@Test
	void whenRoutingDecidesNothingAskingForAPersonOffersAlternatives() {
		this.routing.askForPersonSwitchedOff = true;
		Answer answer = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		Alternatives alternatives = only(
				this.bot.handle(this.alice, new AskForPerson("m2", answer.conversationId(), null)), Alternatives.class);
		assertThat(alternatives.guides()).extracting(Guide::articleId).contains("billing-receipt");
		assertThat(alternatives.contact()).startsWith("mailto:");
	}

	@Test
	void anAnonymousVisitorIsAskedAboutAsAnonymous() {
		this.bot.handle(ChatIdentity.visitor(VisitorSecrets.issue()), new Ask("m1", null, "領収書がほしい"));
		assertThat(this.routing.asked).singleElement().satisfies((ref) -> assertThat(ref.customer()).isEmpty());
	}

	@Test
	void theSecondFailureInARowIsHandedToRouting() {
		NoAnswer first = only(this.bot.handle(this.alice, new Ask("m1", null, "zzz")), NoAnswer.class);
		List<ServerMessage> second = this.bot.handle(this.alice, new Ask("m2", first.conversationId(), "yyy"));
		assertThat(this.routing.unresolved).containsExactly(1, 2);
		assertThat(this.routing.words).containsExactly("zzz", "yyy");
		assertThat(second).hasSize(2).allSatisfy((m) -> assertThat(m.replyTo()).isEqualTo("m2"));
		assertThat(second.get(1)).isInstanceOfSatisfying(Escalated.class,
				(e) -> assertThat(e.outcome()).isEqualTo("self_service"));
		assertThat(this.conversations.history(first.conversationId(), 10)).extracting(StoredMessage::type)
			.containsExactly("ask", "no_answer", "ask", "no_answer", "escalated");
	}

	@Test
	void anAnswerEndsTheStreakUntilItIsCalledUnhelpful() {
		NoAnswer none = only(this.bot.handle(this.alice, new Ask("m1", null, "zzz")), NoAnswer.class);
		String conversation = none.conversationId();
		Answer answer = only(this.bot.handle(this.alice, new Ask("m2", conversation, "領収書がほしい")), Answer.class);
		only(this.bot.handle(this.alice, new Ask("m3", conversation, "zzz")), NoAnswer.class);
		List<ServerMessage> unresolved = this.bot.handle(this.alice,
				new Feedback("m4", conversation, answer.id(), false, null));
		// no answer, (answer), no answer: 1 in a row; 解決しない on the answer: it did not
		// help
		// either, 3 in a row
		assertThat(this.routing.unresolved).containsExactly(1, 1, 3);
		assertThat(this.routing.words).as("feedback comes without a question").containsExactly("zzz", "zzz", null);
		assertThat(unresolved).extracting(ChatBot::typeOf).containsExactly("ack", "alternatives", "escalated");
	}

	@Test
	void aQuestionAskingForAPersonIsAnsweredByRoutingAlone() {
		Escalated escalated = only(this.bot.handle(this.alice, new Ask("m1", null, "担当者と話したい")), Escalated.class);
		assertThat(escalated.replyTo()).isEqualTo("m1");
		assertThat(escalated.selfService()).isEmpty();
	}

	@Test
	void whileTheDatabaseIsDownTheBotStillAnswersInAConversationItKnows() {
		Answer first = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		this.database.down = true;
		Answer second = only(this.bot.handle(this.alice, new Ask("m2", first.conversationId(), "請求書をダウンロードしたい")),
				Answer.class);
		assertThat(second.articleId()).isEqualTo("billing-invoice-download");
		NoAnswer none = only(this.bot.handle(this.alice, new Ask("m3", first.conversationId(), "zzz")), NoAnswer.class);
		assertThat(none.replyTo()).isEqualTo("m3");
		assertThat(this.routing.unresolved).containsExactly(1);
		assertThat(this.backlog.flush()).isZero();
		this.database.down = false;
		assertThat(this.conversations.history(first.conversationId(), 10)).extracting(StoredMessage::id)
			.containsExactly("m1", first.id());
		assertThat(this.backlog.flush()).isEqualTo(4);
		assertThat(this.conversations.history(first.conversationId(), 10)).extracting(StoredMessage::id)
			.containsExactly("m1", first.id(), "m2", second.id(), "m3", none.id());
	}

	@Test
	void aMomentAfterTheDatabaseFailedRoutingIsNotAskedWhoHasTheConversation() {
		Answer first = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		this.routing.statusFailure = new CannotGetJdbcConnectionException("the database is down");

		// the first read fails (after the connection timeout in production); the next
		// turns of the outage do not wait for it again
		only(this.bot.handle(this.alice, new Ask("m2", first.conversationId(), "請求書をダウンロードしたい")), Answer.class);
		int asked = this.routing.statusCalls;
		only(this.bot.handle(this.alice, new Ask("m3", first.conversationId(), "領収書がほしい")), Answer.class);

		assertThat(asked).isEqualTo(2);
		assertThat(this.routing.statusCalls).isEqualTo(asked);
		assertThat(this.backlog.resting()).isTrue();
	}

	@Test
	void whileTheDatabaseIsDownANewConversationIsAnsweredAndStoredWhenItIsBack() {
		this.database.down = true;
		Answer answer = only(this.bot.handle(this.alice, new Ask("m1", null, "請求書をダウンロードしたい")), Answer.class);
		assertThat(answer.articleId()).isEqualTo("billing-invoice-download");
		Answer next = only(this.bot.handle(this.alice, new Ask("m2", answer.conversationId(), "領収書がほしい")),
				Answer.class);
		assertThat(next.conversationId()).isEqualTo(answer.conversationId());
		// another visitor cannot use it meanwhile
		assertThatThrownBy(
				() -> this.bot.handle(ChatIdentity.customer("mallory"), new Ask("x1", answer.conversationId(), "請求書")))
			.isInstanceOf(ProtocolError.class);
		this.database.down = false;
		// the first write after the outage queues behind the kept ones: order is kept
		Answer after = only(this.bot.handle(this.alice, new Ask("m3", answer.conversationId(), "領収書がほしい")),
				Answer.class);
		assertThat(this.backlog.flush()).isEqualTo(7);
		assertThat(this.conversations.owns(this.alice.getName(), answer.conversationId())).isTrue();
		assertThat(this.conversations.history(answer.conversationId(), 10)).extracting(StoredMessage::id)
			.containsExactly("m1", answer.id(), "m2", next.id(), "m3", after.id());
		assertThat(this.conversations.latest(this.alice.getName())).contains(answer.conversationId());
	}

	@Test
	void anotherOwnerCannotWriteIntoOrResumeTheConversation() {
		Answer answer = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		ChatIdentity mallory = ChatIdentity.visitor(VisitorSecrets.issue());
		for (ClientMessage attempt : List.of(new Ask("x1", answer.conversationId(), "見せて"),
				new Resume("x2", answer.conversationId()),
				new Feedback("x3", answer.conversationId(), answer.id(), true, null))) {
			assertThatExceptionOfType(ProtocolError.class).isThrownBy(() -> this.bot.handle(mallory, attempt))
				.satisfies((e) -> assertThat(e.code()).isEqualTo("conversation_not_found"));
		}
		assertThat(this.conversations.history(answer.conversationId(), 10)).hasSize(2);
	}

	@Test
	void resumeReturnsTheHistoryOfTheLatestConversation() {
		Answer answer = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		Resumed resumed = only(this.bot.handle(this.alice, new Resume("r1", null)), Resumed.class);
		assertThat(resumed.conversationId()).isEqualTo(answer.conversationId());
		assertThat(resumed.visitorSecret()).isNull();
		assertThat(resumed.history()).extracting(ServerMessage.Entry::from).containsExactly("customer", "bot");
		assertThat(resumed.history().get(1).message().path("id").asString()).isEqualTo(answer.id());
	}

	@Test
	void aVisitorGetsItsSecretBackOnResume() {
		String secret = VisitorSecrets.issue();
		Resumed resumed = only(this.bot.handle(ChatIdentity.visitor(secret), new Resume("r1", null)), Resumed.class);
		assertThat(resumed.visitorSecret()).isEqualTo(secret);
		assertThat(resumed.conversationId()).isNull();
		assertThat(resumed.history()).isEmpty();
	}

	@Test
	void aResentMessageGetsTheStoredReplyNotASecondOne() {
		Answer first = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		Answer again = only(this.bot.handle(this.alice, new Ask("m1", first.conversationId(), "領収書がほしい")),
				Answer.class);
		assertThat(again).isEqualTo(first);
		assertThat(this.conversations.history(first.conversationId(), 10)).hasSize(2);
	}

	@Test
	void aStoredMessageWithoutRepliesIsAnsweredOnceWhenSentAgain() {
		// what a crash between storing a question and its reply left before a turn was
		// stored in one transaction
		Answer first = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		this.conversations.append(first.conversationId(), new StoredMessage("m2", StoredMessage.CUSTOMER, "ask", null,
				"{\"type\":\"ask\",\"id\":\"m2\",\"text\":\"領収書がほしい\"}", Instant.now()));

		Answer second = only(this.bot.handle(this.alice, new Ask("m2", first.conversationId(), "領収書がほしい")),
				Answer.class);
		Answer again = only(this.bot.handle(this.alice, new Ask("m2", first.conversationId(), "領収書がほしい")),
				Answer.class);

		assertThat(again).isEqualTo(second);
		assertThat(this.conversations.history(first.conversationId(), 10)).extracting(StoredMessage::id)
			.containsExactly("m1", first.id(), "m2", second.id());
	}

	@Test
	void aMessageSentTwiceAtOnceGetsTheRepliesStoredFirst() {
		Answer first = only(this.bot.handle(this.alice, new Ask("m1", null, "領収書がほしい")), Answer.class);
		String conversation = first.conversationId();
		StoredMessage otherReply = new StoredMessage("b-other", StoredMessage.BOT, "answer", "m2",
				new ProtocolCodec().encode(new ServerMessage.Ack("b-other", conversation, "m2")), Instant.now());
		// the same message, handled on another thread, is stored while this turn works
		this.routing.duringQuestion = () -> this.conversations.appendAll(conversation,
				List.of(new StoredMessage("m2", StoredMessage.CUSTOMER, "ask", null, "{}", Instant.now()), otherReply));

		List<ServerMessage> replies = this.bot.handle(this.alice, new Ask("m2", conversation, "領収書がほしい"));

		assertThat(replies).extracting(ServerMessage::id).containsExactly("b-other");
		assertThat(this.conversations.history(conversation, 10)).extracting(StoredMessage::id)
			.containsExactly("m1", first.id(), "m2", "b-other");
	}

	@Test
	void tooLongAndEmptyQuestionsAreRefusedAndNotStored() {
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.bot.handle(this.alice, new Ask("m1", null, "あ".repeat(1001))))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("too_long"))
			.withMessageContaining("1000");
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.bot.handle(this.alice, new Ask("m1", null, "  ")))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("empty_question"));
		assertThat(this.conversations.latest(this.alice.getName())).isEmpty();
		assertThat(only(this.bot.handle(this.alice, new Ask("m2", null, "あ".repeat(1000))), NoAnswer.class))
			.isNotNull();
	}

	private static <T extends ServerMessage> T only(List<ServerMessage> replies, Class<T> type) {
		assertThat(replies).singleElement().isInstanceOf(type);
		return type.cast(replies.getFirst());
	}

}
