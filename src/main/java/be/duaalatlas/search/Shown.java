package be.duaalatlas.search;

import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

/**
 * What a query shows beyond the hits that costs the engine work of its own: the facets it
 * selects (each one an aggregation over the whole result) and whether it selects the
 * edges' highlights (the engine re-reads the matched texts for them). A search asks the
 * engine for exactly these, so a page that shows neither costs a plain search.
 *
 * @param facets the names of the selected facets ({@code kinds}, {@code sectors}, ...)
 * @param highlights whether the edges' highlights are selected
 */
public record Shown(Set<String> facets, boolean highlights) {

	/** The hits only. */
	public static final Shown HITS = new Shown(Set.of(), false);

	public Shown {
		facets = Set.copyOf(facets);
	}

	/** What the field being fetched (a connection) selects. */
	public static Shown of(DataFetchingEnvironment env) {
		Set<String> facets = env.getSelectionSet()
			.getFields("facets/*")
			.stream()
			.map(SelectedField::getName)
			.collect(Collectors.toSet());
		return new Shown(facets, env.getSelectionSet().contains("edges/highlights"));
	}

}
