package be.duaalatlas.search;

import java.time.LocalDate;

import be.duaalatlas.index.CatalogueGeneration;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import org.springframework.stereotype.Component;

/**
 * The one rule for how long a company's "looking for a learner" holds: only while the
 * company confirmed it within {@code atlas.availability.max-age} (180 days unless
 * configured). Older, or never confirmed, it is unknown: shown as null, matched by
 * neither filter value, counted in neither facet value, and ranked with the workplaces
 * that said nothing.
 */
@Component
public class Availability {

	private final long maxAgeDays;

	Availability(AvailabilityProperties properties) {
		this.maxAgeDays = properties.maxAge().toDays();
	}

	/**
	 * The oldest day of confirmation that still counts, today: the catalogue's day, part
	 * of its generation, so answers kept per generation turn over when a statement ages
	 * out.
	 */
	public LocalDate oldestValidConfirmation() {
		return CatalogueGeneration.today().minusDays(this.maxAgeDays);
	}

	/**
	 * What the public sees of a company's statement: the statement while it holds, else
	 * null (unknown).
	 */
	public Boolean lookingForLearner(Boolean said, String lastConfirmed) {
		if (said == null || lastConfirmed == null
				|| lastConfirmed.compareTo(oldestValidConfirmation().toString()) < 0) {
			return null;
		}
		return said;
	}

	/** Workplaces whose statement holds, whatever it says. */
	Query holds() {
		String oldest = oldestValidConfirmation().toString();
		return Query.of(q -> q.range(r -> r.date(d -> d.field("lastConfirmed").gte(oldest))));
	}

	/** Workplaces whose statement holds and says {@code looking}. */
	Query says(boolean looking) {
		String oldest = oldestValidConfirmation().toString();
		return Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("lookingForLearner").value(looking)))
			.filter(f -> f.range(r -> r.date(d -> d.field("lastConfirmed").gte(oldest))))));
	}

}
