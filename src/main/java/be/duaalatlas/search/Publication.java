package be.duaalatlas.search;

import java.time.LocalDate;

import be.duaalatlas.index.CatalogueGeneration;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one rule of when a record is public: a record with a publication window (editorial
 * texts: {@code publishedFrom}, {@code publishedUntil}, both optional dates, the last day
 * included) is shown only within it, on the calendar day in Belgium. Records without
 * these fields are always shown. Applied to every search (and so to every list, facet and
 * {@code Place.near}) and to {@code node}.
 */
public final class Publication {

	static final String FROM = "publishedFrom";

	static final String UNTIL = "publishedUntil";

	private Publication() {
	}

	/**
	 * Today in Belgium: the day publication windows are read on (part of the catalogue's
	 * generation, so answers kept per generation turn over with it).
	 */
	public static LocalDate today() {
		return CatalogueGeneration.today();
	}

	/** The filter clause: not before its window, not after it. */
	static Query shownOn(LocalDate day) {
		String date = day.toString();
		return Query.of(q -> q.bool(b -> b.mustNot(m -> m.range(r -> r.date(d -> d.field(FROM).gt(date))))
			.mustNot(m -> m.range(r -> r.date(d -> d.field(UNTIL).lt(date))))));
	}

	/** The same rule on a record read by id. */
	public static boolean shownOn(JsonNode record, LocalDate day) {
		String date = day.toString();
		String from = record.path(FROM).asText(null);
		String until = record.path(UNTIL).asText(null);
		return (from == null || from.compareTo(date) <= 0) && (until == null || until.compareTo(date) >= 0);
	}

}
