package dev.fureai.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.Choose;
import dev.fureai.chat.ClientMessage.Feedback;
import dev.fureai.chat.ClientMessage.Resume;
import dev.fureai.chat.ServerMessage.Alternatives;
import dev.fureai.chat.ServerMessage.Answer;
import dev.fureai.chat.ServerMessage.Clarify;
import dev.fureai.chat.ServerMessage.Entry;
import dev.fureai.chat.ServerMessage.Error;
import dev.fureai.chat.ServerMessage.Resumed;
import dev.fureai.testing.WireSocket;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real STOMP client against the running application with the sample content (「ルリフロー」)
 * and the real search.
 */
@ChatServerTest
class ChatEndToEndTests {

	@LocalServerPort
	int port;

	@Test
	void aClearQuestionIsAnswered() throws Exception {
		try (StompTestClient client = visitor()) {
			client.send(new Ask("q1", null, "領収書"));
			Answer answer = client.next(Answer.class);
			assertThat(answer.replyTo()).isEqualTo("q1");
			assertThat(answer.articleId()).isEqualTo("billing-receipt");
			assertThat(answer.title()).isEqualTo("領収書を発行する");
			assertThat(answer.link()).isEqualTo("/articles/billing-receipt");
			assertThat(answer.html()).contains("領収書").doesNotContain("<script", "onerror");
			assertThat(answer.related()).hasSizeLessThanOrEqualTo(3)
				.allSatisfy((guide) -> assertThat(guide.link()).startsWith("/articles/"));
		}
	}

	@Test
	void aQuestionSentRightBehindTheSubscriptionIsAnswered() throws Exception {
		// SUBSCRIBE and SEND in one write, as the widget sends its subscription and
		// resume:
		// the reply must not be published before the subscription it goes to exists.
		// (Clients wait for CONNECTED first: the server learns the session's user only
		// when it sends CONNECTED, so a reply to a SEND ahead of that has no address.)
		for (int i = 0; i < 100; i++) {
			try (WireSocket socket = WireSocket.open(this.port, "/ws")) {
				socket.send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
				assertThat(socket.next()).startsWith("CONNECTED");
				socket.send("SUBSCRIBE\nid:s\ndestination:/user/queue/chat\n\n\0"
						+ "SEND\ndestination:/app/chat.ask\n\n{\"type\":\"ask\",\"id\":\"p" + i
						+ "\",\"text\":\"領収書\"}\0");
				String replies = "";
				while (!replies.contains("\"replyTo\":\"p" + i + "\"")) {
					replies += socket.next();
				}
				assertThat(replies).contains("\"type\":\"answer\"");
			}
		}
	}

	@Test
	void anAmbiguousQuestionClarifiesAndAChoiceIsAnswered() throws Exception {
		try (StompTestClient client = visitor()) {
			client.send(new Ask("q1", null, "ログインできない"));
			Clarify clarify = client.next(Clarify.class);
			assertThat(clarify.choices()).hasSizeBetween(2, 3);
			ServerMessage.Guide second = clarify.choices().get(1);

			client.send(new Choose("q2", clarify.conversationId(), clarify.id(), second.address()));
			Answer answer = client.next(Answer.class);
			assertThat(answer.replyTo()).isEqualTo("q2");
			assertThat(answer.articleId()).isEqualTo(second.articleId());
			assertThat(answer.conversationId()).isEqualTo(clarify.conversationId());
		}
	}

	@Test
	void feedbackIsAcknowledgedAndNotResolvedOffersAlternatives() throws Exception {
		try (StompTestClient client = visitor()) {
			client.send(new Ask("q1", null, "領収書"));
			Answer answer = client.next(Answer.class);
			client.send(new Feedback("f1", answer.conversationId(), answer.id(), false, "宛名を変えたい"));
			assertThat(client.next(ServerMessage.Ack.class).replyTo()).isEqualTo("f1");
			Alternatives alternatives = client.next(Alternatives.class);
			assertThat(alternatives.contact()).isEqualTo("mailto:support@example.com");
		}
	}

	@Test
	void aVisitorResumesTheConversationAfterReconnecting() throws Exception {
		String secret;
		String conversation;
		try (StompTestClient first = visitor()) {
			first.send(new Resume("r1", null));
			secret = first.next(Resumed.class).visitorSecret();
			assertThat(secret).matches("[A-Za-z0-9_-]{43}");
			first.send(new Ask("q1", null, "領収書"));
			conversation = first.next(Answer.class).conversationId();
		}
		try (StompTestClient again = StompTestClient.connect(this.port, Map.of("visitor", secret))) {
			again.send(new Resume("r2", null));
			Resumed resumed = again.next(Resumed.class);
			assertThat(resumed.conversationId()).isEqualTo(conversation);
			assertThat(resumed.visitorSecret()).isEqualTo(secret);
			assertThat(resumed.history()).extracting(Entry::from).containsExactly("customer", "bot");
			assertThat(resumed.history().getFirst().message().path("text").asString()).isEqualTo("領収書");
		}
		try (StompTestClient stranger = visitor()) {
			stranger.send(new Resume("r3", conversation));
			assertThat(stranger.next(Error.class).code()).isEqualTo("conversation_not_found");
		}
	}

	@Test
	void aCustomerCannotReachAnotherCustomersConversation() throws Exception {
		String conversation;
		try (StompTestClient alice = customer("alice")) {
			alice.send(new Ask("q1", null, "領収書"));
			conversation = alice.next(Answer.class).conversationId();
			alice.send(new Resume("r1", null));
			Resumed resumed = alice.next(Resumed.class);
			assertThat(resumed.conversationId()).isEqualTo(conversation);
			assertThat(resumed.visitorSecret()).isNull();
		}
		try (StompTestClient bob = customer("bob")) {
			for (ClientMessage attempt : List.of(new Resume("b1", conversation), new Ask("b2", conversation, "見せて"))) {
				bob.send(attempt);
				Error error = bob.next(Error.class);
				assertThat(error.code()).isEqualTo("conversation_not_found");
				assertThat(error.replyTo()).isEqualTo(attempt.id());
			}
		}
	}

	@Test
	void forgedExpiredAndMalformedTokensAreRefusedAtConnect() throws Exception {
		assertThat(
				StompTestClient.refused(this.port,
						bearer(Tokens.hs256("alice", Instant.now().plusSeconds(600),
								"a-forged-secret-that-is-long-enough-too!!"))))
			.contains("invalid token", "bad signature");
		assertThat(StompTestClient.refused(this.port, bearer(Tokens.hs256("alice", Instant.now().minusSeconds(600)))))
			.contains("invalid token", "expired");
		assertThat(StompTestClient.refused(this.port, Map.of("Authorization", "Basic YWxpY2U6eA==")))
			.contains("Bearer");
		assertThat(StompTestClient.refused(this.port, Map.of("Authorization", "Bearer xyz"))).contains("malformed");
	}

	@Test
	void badMessagesGetANamedErrorAndTheConnectionStaysOpen() throws Exception {
		try (StompTestClient client = visitor()) {
			client.send("ask", "{\"type\":\"ask\",\"id\":\"q1\",");
			assertThat(client.next(Error.class).code()).isEqualTo("malformed_json");
			client.send("ask", "{\"type\":\"sudo\",\"id\":\"q2\"}");
			Error unknown = client.next(Error.class);
			assertThat(unknown.code()).isEqualTo("unknown_type");
			assertThat(unknown.replyTo()).isEqualTo("q2");
			client.send("ask", "{\"type\":\"ask\",\"id\":\"q3\"}");
			assertThat(client.next(Error.class).message()).contains("text");
			client.send("choose", "{\"type\":\"ask\",\"id\":\"q4\",\"text\":\"領収書\"}");
			assertThat(client.next(Error.class).code()).isEqualTo("destination_mismatch");
			client.send(new Ask("q5", null, "あ".repeat(1001)));
			Error tooLong = client.next(Error.class);
			assertThat(tooLong.code()).isEqualTo("too_long");
			assertThat(tooLong.message()).contains("1000").doesNotContain("Exception", "at dev.");

			client.send(new Ask("q6", null, "領収書"));
			assertThat(client.next(Answer.class).replyTo()).isEqualTo("q6");
			assertThat(client.connected()).isTrue();
		}
	}

	private StompTestClient visitor() {
		return StompTestClient.connect(this.port, Map.of());
	}

	private StompTestClient customer(String id) {
		return StompTestClient.connect(this.port, bearer(Tokens.hs256(id, Instant.now().plusSeconds(600))));
	}

	private static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}

}
