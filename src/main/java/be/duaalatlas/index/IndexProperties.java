package be.duaalatlas.index;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param prefix put before every alias and index name, so that several catalogues (or
 * test classes) can share one cluster
 * @param definitions where the index definitions are read from (the build copies
 * {@code search-mappings/} there unchanged)
 */
@ConfigurationProperties("atlas.index")
public record IndexProperties(@DefaultValue("") String prefix,
		@DefaultValue("classpath:search-mappings/") String definitions) {
}
