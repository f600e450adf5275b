package be.duaalatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DuaalAtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(DuaalAtlasApplication.class, args);
	}

}
