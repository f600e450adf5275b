package be.duaalatlas.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a company's own "looking for a learner" holds without being confirmed.
 *
 * @param maxAge after this long since {@code lastConfirmed} the statement is unknown; 180
 * days, about a school term and a half: a company that has not confirmed since the last
 * school year's start may well have filled its places
 */
@ConfigurationProperties("atlas.availability")
record AvailabilityProperties(@DefaultValue("180d") Duration maxAge) {
}
