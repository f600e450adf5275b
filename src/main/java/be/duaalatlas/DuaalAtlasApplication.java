package be.duaalatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// the security filter is registered by SecurityConfiguration, which lets public reads by
@SpringBootApplication(exclude = SecurityFilterAutoConfiguration.class)
@ConfigurationPropertiesScan
public class DuaalAtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(DuaalAtlasApplication.class, args);
	}

}
