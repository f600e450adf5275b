package be.duaalatlas.opendata;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds of the open-data export ({@code atlas.open-data.*}); its request budget per
 * client IP is {@code atlas.rate-limit.open-data}.
 *
 * @param pageSize records read from the engine per request (and held at once)
 * @param engineTimeout the most one engine request of an export may take
 * @param maxExports exports running at once on this instance, all clients together (each
 * holds a servlet thread while it streams); a client has at most one
 */
@Validated
@ConfigurationProperties("atlas.open-data")
record OpenDataProperties(@DefaultValue("1000") @Min(1) @Max(10_000) int pageSize,
		@DefaultValue("10s") Duration engineTimeout, @DefaultValue("4") @Min(1) @Max(64) int maxExports) {
}
