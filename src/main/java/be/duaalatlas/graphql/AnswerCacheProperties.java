package be.duaalatlas.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether anonymous answers are kept at all
 * @param maxWeight the most the kept answers may weigh together, in characters of their
 * documents, variables and results (roughly their size in memory)
 * @param timeToLive how long an answer is kept; an import or a write ends it sooner
 * (answers are kept per catalogue generation)
 */
@ConfigurationProperties("atlas.answer-cache")
public record AnswerCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20000000") long maxWeight,
		@DefaultValue("10m") Duration timeToLive) {
}
