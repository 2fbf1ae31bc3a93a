package dev.fureai.agents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Copies the sample content ({@code content/}) into a fresh temporary directory and
 * points {@code fureai.content.dir} at it, so that the drafts a test writes land there
 * and the repository stays clean. The copy is deleted when the JVM exits.
 */
class GroupsContent implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path copy = copyOfSampleContent();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("groups-content", Map.of("fureai.content.dir", copy.toString())));
	}

	static Path copyOfSampleContent() {
		try {
			Path source = Path.of("content").toAbsolutePath();
			Path target = Files.createTempDirectory("fureai-groups-content");
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Path to = target.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(to);
					}
					else {
						Files.copy(file, to);
					}
				}
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target)));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: it is a temporary directory
		}
	}

}
