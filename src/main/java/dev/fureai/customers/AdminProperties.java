package dev.fureai.customers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator ({@code fureai.admin.*}). Without both values nobody is an admin and
 * every admin call is refused.
 *
 * @param username the admin's user name
 * @param password the password as a {@code DelegatingPasswordEncoder} string, e.g.
 * {@code {bcrypt}$2a$10$…} ({@code {noop}…} only for demos and tests)
 */
@ConfigurationProperties("fureai.admin")
public record AdminProperties(@DefaultValue("") String username, @DefaultValue("") String password) {

	boolean configured() {
		return !this.username.isBlank() && !this.password.isBlank();
	}

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + ", password=" + (configured() ? "****" : "") + "]";
	}

}
