package dev.fureai.chat;

import java.util.Map;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.Resume;
import dev.fureai.chat.ServerMessage.AgentMessage;
import dev.fureai.chat.ServerMessage.Answer;
import dev.fureai.chat.ServerMessage.Resumed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The delivery seam: an agent's message is stored in the conversation, pushed to the
 * customer's widget with the agent's name, and delivering the same id again shows it once
 * (a real STOMP client, the running application).
 */
@ChatServerTest
class AgentRepliesTests {

	@LocalServerPort
	int port;

	@Autowired
	AgentReplies replies;

	@Autowired
	Transcripts transcripts;

	@Test
	void anAgentMessageIsStoredPushedWithTheNameAndInTheHistory() throws Exception {
		String secret;
		String conversation;
		try (StompTestClient customer = StompTestClient.connect(this.port, Map.of())) {
			customer.send(new Resume("r1", null));
			secret = customer.next(Resumed.class).visitorSecret();
			customer.send(new Ask("q1", null, "領収書"));
			conversation = customer.next(Answer.class).conversationId();

			String id = this.replies.deliver(conversation, "csm-sato", "佐藤 花子",
					"  こんにちは。/articles/billing-receipt をご覧ください  ");
			AgentMessage pushed = customer.next(AgentMessage.class, conversation);
			assertThat(pushed.id()).isEqualTo(id);
			assertThat(pushed.agentName()).isEqualTo("佐藤 花子");
			assertThat(pushed.text()).isEqualTo("こんにちは。/articles/billing-receipt をご覧ください");
			assertThat(pushed.conversationId()).isEqualTo(conversation);

			// a retry with the same id is pushed again (at least once) but stored once,
			// and what was stored first is what is sent
			assertThat(this.replies.deliver(conversation, id, "csm-sato", "佐藤 花子", "changed on retry")).isEqualTo(id);
			AgentMessage again = customer.next(AgentMessage.class, conversation);
			assertThat(again.id()).isEqualTo(id);
			assertThat(again.text()).isEqualTo(pushed.text());
		}
		assertThat(this.transcripts.of(conversation, 50)).filteredOn((line) -> line.type().equals("agent_message"))
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.from()).isEqualTo("agent");
				assertThat(line.agentId()).isEqualTo("csm-sato");
				assertThat(line.message().path("agentName").asString()).isEqualTo("佐藤 花子");
			});
		try (StompTestClient reloaded = StompTestClient.connect(this.port, Map.of("visitor", secret))) {
			reloaded.send(new Resume("r2", conversation));
			Resumed resumed = reloaded.next(Resumed.class);
			assertThat(resumed.history()).filteredOn((entry) -> entry.from().equals("agent"))
				.singleElement()
				.satisfies((entry) -> assertThat(entry.message().path("type").asString()).isEqualTo("agent_message"));
		}
	}

	@Test
	void badDeliveriesAreRefusedWithAReasonAndStoreNothing() throws Exception {
		String conversation;
		try (StompTestClient customer = StompTestClient.connect(this.port, Map.of())) {
			customer.send(new Ask("q1", null, "領収書"));
			conversation = customer.next(Answer.class).conversationId();
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.replies.deliver("no-such-conversation", "csm-sato", "佐藤", "こんにちは"))
			.withMessageContaining("conversation not found");
		assertThatIllegalArgumentException().isThrownBy(() -> this.replies.deliver(conversation, "csm-sato", "佐藤", " "))
			.withMessageContaining("empty");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> this.replies.deliver(conversation, "csm-sato", "佐藤", "あ".repeat(AgentReplies.MAX_TEXT + 1)))
			.withMessageContaining("at most");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.replies.deliver(conversation, "bad id!", "csm-sato", "佐藤", "こんにちは"));
		// a customer's or the bot's id cannot be taken over by an agent message
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.replies.deliver(conversation, "q1", "csm-sato", "佐藤", "こんにちは"))
			.withMessageContaining("already used");
		assertThat(this.transcripts.of(conversation, 50)).noneMatch((line) -> line.from().equals("agent"));
	}

}
