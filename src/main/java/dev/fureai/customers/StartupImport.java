package dev.fureai.customers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Imports {@code fureai.customers.import} at startup. A plain name is a file relative to
 * the working directory (never looked up on the classpath); {@code classpath:} must be
 * said. Bad rows are logged by line and the rest still load; a missing file stops the
 * start, because a directory silently empty would turn every customer into tech touch.
 */
@Component
class StartupImport {

	private static final Logger logger = LoggerFactory.getLogger(StartupImport.class);

	private final CustomerImport customerImport;

	private final CustomersProperties properties;

	private final ResourceLoader resources;

	StartupImport(CustomerImport customerImport, CustomersProperties properties, ResourceLoader resources) {
		this.customerImport = customerImport;
		this.properties = properties;
		this.resources = resources;
	}

	@EventListener(ApplicationStartedEvent.class)
	void importConfiguredFile() {
		String location = this.properties.importLocation().strip();
		if (location.isEmpty()) {
			return;
		}
		ImportReport report = this.customerImport.importCsv(read(location));
		logger.info("Customers imported from {}: {}", location, report);
		report.problems().forEach((problem) -> logger.warn("{}: {}", location, problem));
	}

	private String read(String location) {
		try {
			if (location.startsWith("classpath:")) {
				return this.resources.getResource(location).getContentAsString(StandardCharsets.UTF_8);
			}
			return Files.readString(Path.of(location), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("fureai.customers.import を読めません: " + location, ex);
		}
	}

}
