package dev.fureai.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code fureai.search.*}).
 *
 * @param maxQuestionLength questions longer than this many characters are cut, and the
 * result says so
 */
@ConfigurationProperties("fureai.search")
public record SearchProperties(@DefaultValue("1000") int maxQuestionLength) {

	/** The defaults, for use outside Spring (commands, tests). */
	public static SearchProperties defaults() {
		return new SearchProperties(1000);
	}

}
