package be.duaalatlas.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param enabled whether anonymous answers are kept at all
 * @param maxWeight the most heap the kept answers may take together, their questions
 * (documents, variables) included, as {@link HeapEstimate} estimates it; an answer
 * weighing more than a hundredth of it is not kept
 * @param timeToLive how long an answer is kept; an import or a write ends it sooner
 * (answers are kept per catalogue generation)
 */
@ConfigurationProperties("atlas.answer-cache")
public record AnswerCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxWeight,
		@DefaultValue("10m") Duration timeToLive) {
}
