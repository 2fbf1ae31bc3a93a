package dev.fureai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dev.fureai.tools.Commands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FureaiApplication {

	public static void main(String[] args) {
		// The writers' and evaluators' commands need no web server: run them without
		// starting Spring, so they are fast and never bind a port.
		if (Commands.isCommand(args)) {
			System.exit(Commands.run(args));
		}
		SpringApplication.run(FureaiApplication.class, args);
	}

}
