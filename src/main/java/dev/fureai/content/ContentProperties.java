package dev.fureai.content;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Content settings ({@code fureai.content.*}).
 *
 * @param dir the content directory, relative to the working directory unless absolute
 * @param watch whether to reload the content when its files change
 * @param debounce how long the directory must stay quiet after a change before it is
 * reloaded, so that a burst of saves gives one reload (the wait is capped at
 * {@code max(debounce, 500ms)})
 */
@ConfigurationProperties("fureai.content")
public record ContentProperties(@DefaultValue("content") String dir, @DefaultValue("true") boolean watch,
		@DefaultValue("150ms") Duration debounce) {

	/**
	 * The directory as a path. {@code dir} is bound as a string on purpose: Spring's
	 * conversion to {@code Path} resolves a relative name like {@code content} to a
	 * classpath resource of that name when one exists, not to the working directory.
	 */
	public Path directory() {
		return Path.of(this.dir);
	}

	/** The defaults, for use outside Spring (commands, tests). */
	public static ContentProperties defaults() {
		return new ContentProperties("content", true, Duration.ofMillis(150));
	}

}
