package dev.fureai.routing;

import java.util.Optional;

import dev.fureai.customers.CustomerId;

/**
 * The conversation a routing call is about, and who it belongs to. The customer id must
 * be the server-verified JWT {@code sub}, never something the browser sent; empty for an
 * anonymous visitor.
 *
 * @param conversationId the chat conversation's id
 * @param customer the verified customer, if any
 */
public record ConversationRef(String conversationId, Optional<CustomerId> customer) {

	public ConversationRef {
		if (conversationId == null || conversationId.isBlank()) {
			throw new IllegalArgumentException("conversation id is required");
		}
		customer = (customer != null) ? customer : Optional.empty();
	}

	public static ConversationRef anonymous(String conversationId) {
		return new ConversationRef(conversationId, Optional.empty());
	}

	public static ConversationRef of(String conversationId, CustomerId customer) {
		return new ConversationRef(conversationId, Optional.of(customer));
	}

}
