package dev.fureai.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.Feedback;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnresolvedStreakTests {

	private final ProtocolCodec codec = new ProtocolCodec();

	private final List<StoredMessage> conversation = new ArrayList<>();

	@Test
	void anEmptyConversationHasNoStreak() {
		assertThat(streak()).isZero();
	}

	@Test
	void noAnswersInARowAreCounted() {
		ask("q1").bot("b1", "no_answer").ask("q2").bot("b2", "clarify").ask("q3").bot("b3", "no_answer");
		assertThat(streak()).isEqualTo(2);
	}

	@Test
	void anAnswerNobodyCalledUnhelpfulEndsTheStreak() {
		ask("q1").bot("b1", "no_answer").ask("q2").bot("b2", "answer").ask("q3").bot("b3", "no_answer");
		assertThat(streak()).isEqualTo(1);
	}

	@Test
	void unresolvedFeedbackCountsAndItsAnswerDoesNotEndTheStreak() {
		ask("q1").bot("b1", "no_answer").ask("q2").bot("b2", "answer").feedback("f1", "b2", false).bot("b3", "ack");
		assertThat(streak()).isEqualTo(2);
	}

	@Test
	void feedbackCountsOncePerAnswer() {
		ask("q1").bot("b1", "answer").feedback("f1", "b1", false).feedback("f2", "b1", false);
		assertThat(streak()).isEqualTo(1);
	}

	@Test
	void resolvedFeedbackResetsTheStreak() {
		ask("q1").bot("b1", "no_answer").ask("q2").bot("b2", "answer").feedback("f1", "b2", true);
		assertThat(streak()).isZero();
		ask("q3").bot("b3", "no_answer");
		assertThat(streak()).isEqualTo(1);
	}

	@Test
	void anEscalationConsumesTheStreak() {
		ask("q1").bot("b1", "no_answer").ask("q2").bot("b2", "no_answer").bot("b3", "escalated");
		assertThat(streak()).isZero();
		ask("q3").bot("b4", "no_answer").bot("b5", "queue_status");
		assertThat(streak()).isEqualTo(1);
	}

	private int streak() {
		return UnresolvedStreak.of(this.conversation, this.codec);
	}

	private UnresolvedStreakTests ask(String id) {
		return customer(new Ask(id, "c", "質問"));
	}

	private UnresolvedStreakTests feedback(String id, String answerId, boolean resolved) {
		return customer(new Feedback(id, "c", answerId, resolved, null));
	}

	private UnresolvedStreakTests customer(ClientMessage message) {
		this.conversation.add(new StoredMessage(message.id(), StoredMessage.CUSTOMER, ChatBot.type(message), null,
				this.codec.encode(message), Instant.now()));
		return this;
	}

	private UnresolvedStreakTests bot(String id, String type) {
		this.conversation.add(new StoredMessage(id, StoredMessage.BOT, type, null, "{}", Instant.now()));
		return this;
	}

}
