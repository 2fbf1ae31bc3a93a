package dev.fureai.chat;

import java.security.Principal;

/**
 * Who is on a STOMP session, decided once at CONNECT and never from message content. The
 * name is the conversation owner key: {@code customer:<sub>} for a verified customer,
 * {@code visitor:<hash of the secret>} for an anonymous visitor, so the secret itself is
 * neither stored nor used for routing.
 *
 * @param visitorSecret the anonymous visitor's secret, to hand back to that visitor only;
 * {@code null} for customers
 */
record ChatIdentity(String name, String customerId, String visitorSecret) implements Principal {

	static ChatIdentity customer(String customerId) {
		return new ChatIdentity("customer:" + customerId, customerId, null);
	}

	static ChatIdentity visitor(String secret) {
		return new ChatIdentity("visitor:" + VisitorSecrets.hash(secret), null, secret);
	}

	@Override
	public String getName() {
		return this.name;
	}

	boolean anonymous() {
		return this.customerId == null;
	}

	@Override
	public String toString() {
		// never log the visitor secret
		return "ChatIdentity[" + this.name + "]";
	}

}
