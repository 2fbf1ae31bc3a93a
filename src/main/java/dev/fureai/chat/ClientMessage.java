package dev.fureai.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a customer sends, to {@code /app/chat.<type>}. Every message carries a client
 * generated {@code id} (replies name it in {@code replyTo}, and a repeated id is answered
 * from the stored replies instead of twice) and the {@code conversationId} it belongs to.
 * Constructors validate, so a decoded message is always complete.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ClientMessage.Ask.class, name = "ask"),
		@JsonSubTypes.Type(value = ClientMessage.Choose.class, name = "choose"),
		@JsonSubTypes.Type(value = ClientMessage.Feedback.class, name = "feedback"),
		@JsonSubTypes.Type(value = ClientMessage.AskForPerson.class, name = "ask_for_person"),
		@JsonSubTypes.Type(value = ClientMessage.Resume.class, name = "resume"),
		@JsonSubTypes.Type(value = ClientMessage.Typing.class, name = "typing") })
sealed interface ClientMessage {

	String id();

	String conversationId();

	/**
	 * A question; without a conversation id it starts a new conversation. {@code lang} is
	 * the language the widget is shown in ({@code ja}, {@code en} or none): text without
	 * Japanese script asked from an English widget is searched in English only.
	 */
	record Ask(String id, String conversationId, String text, String lang) implements ClientMessage {
		public Ask {
			Fields.id(id);
			Fields.optionalId("conversationId", conversationId);
			Fields.required("text", text);
			Fields.optionalLang(lang);
		}

		public Ask(String id, String conversationId, String text) {
			this(id, conversationId, text, null);
		}
	}

	/** Picks one choice (by its address) of an earlier clarify message. */
	record Choose(String id, String conversationId, String clarifyId, String choice) implements ClientMessage {
		public Choose {
			Fields.id(id);
			Fields.requiredId("conversationId", conversationId);
			Fields.requiredId("clarifyId", clarifyId);
			Fields.required("choice", choice);
		}
	}

	/** 解決した ({@code resolved: true}) or 解決しない for an earlier answer. */
	record Feedback(String id, String conversationId, String answerId, Boolean resolved,
			String comment) implements ClientMessage {
		public Feedback {
			Fields.id(id);
			Fields.requiredId("conversationId", conversationId);
			Fields.requiredId("answerId", answerId);
			if (resolved == null) {
				throw ProtocolError.missing("resolved");
			}
		}
	}

	/** 担当者と話す: the customer wants a person. */
	record AskForPerson(String id, String conversationId, String text) implements ClientMessage {
		public AskForPerson {
			Fields.id(id);
			Fields.optionalId("conversationId", conversationId);
		}
	}

	/**
	 * Sent first after every CONNECT: returns the visitor secret and the history of the
	 * given conversation (or of the owner's latest one).
	 */
	record Resume(String id, String conversationId) implements ClientMessage {
		public Resume {
			Fields.id(id);
			Fields.optionalId("conversationId", conversationId);
		}
	}

	/**
	 * The customer is typing (to the person answering, if any). Not stored, no reply,
	 * forwarded at most every few seconds.
	 */
	record Typing(String id, String conversationId) implements ClientMessage {
		public Typing {
			Fields.id(id);
			Fields.requiredId("conversationId", conversationId);
		}
	}

}
