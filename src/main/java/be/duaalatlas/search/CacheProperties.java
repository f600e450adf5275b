package be.duaalatlas.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the in-process caches of answers.
 *
 * @param firstPagesMaxBytes heap the cached first pages of searches may take, estimated
 * (see {@code CatalogueSearch.heapWeight}); 64 MB is an eighth of the 512 MB heap a 2 GB
 * machine gives the JVM by default
 */
@ConfigurationProperties("atlas.cache")
record CacheProperties(@DefaultValue("64MB") DataSize firstPagesMaxBytes) {
}
