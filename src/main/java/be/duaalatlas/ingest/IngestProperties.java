package be.duaalatlas.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadSample import the sample catalogue shipped in the repository at start
 * (skipped per kind when nothing changed)
 * @param sampleLocation where the sample catalogue's source files are
 * @param bulkOperations operations per bulk request
 * @param bulkBytes bytes per bulk request at most
 * @param bulkConcurrency bulk requests in flight at once
 * @param bulkTimeout how long one bulk request may take: longer than the public queries'
 * socket timeout, because a busy engine merging segments can take more than 10 s to
 * answer a large bulk request without having failed
 */
@ConfigurationProperties("atlas.ingest")
public record IngestProperties(@DefaultValue("true") boolean loadSample,
		@DefaultValue("classpath:catalogue/") String sampleLocation, @DefaultValue("2000") int bulkOperations,
		@DefaultValue("5000000") long bulkBytes, @DefaultValue("2") int bulkConcurrency,
		@DefaultValue("120s") Duration bulkTimeout) {
}
