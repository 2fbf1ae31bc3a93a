package dev.fureai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FureaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(FureaiApplication.class, args);
	}

}
