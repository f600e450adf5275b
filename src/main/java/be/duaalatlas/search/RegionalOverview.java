package be.duaalatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineCalls;
import be.duaalatlas.place.Gazetteer;
import be.duaalatlas.place.Municipality;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.stereotype.Component;

/**
 * Supply and demand per programme and area (Actions 13-14): offerings, recognised
 * workplaces, workplaces looking for a learner and their places, counted by the engine in
 * ONE aggregation request over offerings and workplaces, with the filters of
 * {@code search}. A municipality is counted by its postcodes (the gazetteer's one
 * postcode-area rule), so it covers all of them.
 */
@Component
public class RegionalOverview {

	/** Postcodes of Flanders and Brussels are about 1,200; programmes a few hundred. */
	static final int AREAS = 2_000;

	static final int PROGRAMMES = 500;

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final CatalogueQueries queries;

	RegionalOverview(ElasticsearchClient client, CatalogueIndices indices, CatalogueQueries queries) {
		this.client = client;
		this.indices = indices;
		this.queries = queries;
	}

	/** How rows are grouped. */
	public enum Area {

		PROVINCE("province"), RTC_AREA("rtcArea"), MUNICIPALITY("postcode");

		final String field;

		Area(String field) {
			this.field = field;
		}

	}

	/**
	 * One programme in one area; {@code centre} null for an area of no known
	 * municipality.
	 */
	public record Row(String programmeCode, String area, String areaName, GeoPoint centre, long offerings,
			long recognisedWorkplaces, long workplacesLookingForLearner, long places) {
	}

	public List<Row> rows(Area by, SearchFilter filter, ResolvedNear near) {
		SearchFilter f = SearchFilter.orNone(filter).withKinds(List.of(Kind.OFFERING, Kind.WORKPLACE));
		List<Query> filters = new ArrayList<>(queries.filters(f, near, "filter"));
		filters.add(Listing.listedOnly());
		Set<String> codes = queries.programmeCodes(filter);
		List<FieldValue> only = codes == null ? null : codes.stream().map(FieldValue::of).toList();
		Aggregation perOffering = programmes("programmeCode", only, Map.of());
		Aggregation perWorkplace = programmes("programmeCodes", only,
				Map.of("looking", Aggregation.of(a -> a.filter(queries.availability().says(true))
					.aggregations("places", s -> s.sum(x -> x.field("places"))))));
		SearchResponse<Void> response = EngineCalls.call(() -> client.search(s -> s
			.index(List.of(indices.alias(Kind.OFFERING.indexKind()), indices.alias(Kind.WORKPLACE.indexKind())))
			.size(0)
			.query(q -> q.bool(b -> b.filter(filters)))
			.aggregations("areas", a -> a.terms(t -> t.field(by.field).size(AREAS))
				.aggregations("offerings",
						o -> o.filter(CatalogueQueries.kind(Kind.OFFERING)).aggregations("programmes", perOffering))
				.aggregations("workplaces",
						w -> w.filter(CatalogueQueries.kind(Kind.WORKPLACE)).aggregations("programmes", perWorkplace))),
				Void.class));
		Map<List<String>, long[]> counts = new TreeMap<>(
				Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
		Map<String, String> names = new TreeMap<>();
		Function<String, String> area = value -> area(by, value, names);
		for (StringTermsBucket bucket : response.aggregations().get("areas").sterms().buckets().array()) {
			String key = area.apply(bucket.key().stringValue());
			if (key == null) {
				continue;
			}
			for (StringTermsBucket p : programmeBuckets(bucket.aggregations().get("offerings"))) {
				counts.computeIfAbsent(List.of(p.key().stringValue(), key), k -> new long[4])[0] += p.docCount();
			}
			for (StringTermsBucket p : programmeBuckets(bucket.aggregations().get("workplaces"))) {
				long[] row = counts.computeIfAbsent(List.of(p.key().stringValue(), key), k -> new long[4]);
				Aggregate looking = p.aggregations().get("looking");
				row[1] += p.docCount();
				row[2] += looking.filter().docCount();
				row[3] += Math.round(looking.filter().aggregations().get("places").sum().value());
			}
		}
		List<Row> rows = new ArrayList<>();
		Map<String, GeoPoint> centres = new TreeMap<>();
		counts.forEach((key, c) -> rows.add(new Row(key.get(0), key.get(1), names.get(key.get(1)),
				centres.computeIfAbsent(key.get(1), a -> centre(by, a)), c[0], c[1], c[2], c[3])));
		return rows;
	}

	private static Aggregation programmes(String field, List<FieldValue> only, Map<String, Aggregation> sub) {
		return Aggregation.of(a -> a.terms(t -> {
			t.field(field).size(PROGRAMMES);
			if (only != null) {
				t.include(i -> i.terms(only.stream().map(FieldValue::stringValue).toList()));
			}
			return t;
		}).aggregations(sub));
	}

	private static List<StringTermsBucket> programmeBuckets(Aggregate filtered) {
		return filtered.filter().aggregations().get("programmes").sterms().buckets().array();
	}

	/**
	 * Where an area is drawn: a municipality's centre, else the mean of its
	 * municipalities' centres.
	 */
	private GeoPoint centre(Area by, String area) {
		Map<String, Municipality> municipalities = queries.gazetteer().municipalities();
		if (by == Area.MUNICIPALITY) {
			Municipality municipality = municipalities.get(area);
			return municipality == null ? null : municipality.centre();
		}
		List<GeoPoint> in = municipalities.values()
			.stream()
			.filter(m -> area.equals(by == Area.PROVINCE ? m.province() : m.rtcArea()))
			.map(Municipality::centre)
			.toList();
		return in.isEmpty() ? null : new GeoPoint(in.stream().mapToDouble(GeoPoint::lat).average().orElseThrow(),
				in.stream().mapToDouble(GeoPoint::lon).average().orElseThrow());
	}

	/** The row key of an area value (a municipality's REFNIS code for a postcode). */
	private String area(Area by, String value, Map<String, String> names) {
		if (by != Area.MUNICIPALITY) {
			names.put(value, value);
			return value;
		}
		Gazetteer.Area postcode = queries.gazetteer().postcode(value).orElse(null);
		if (postcode == null || postcode.municipality() == null) {
			return null;
		}
		names.put(postcode.municipality().nis(), postcode.municipality().name().nl());
		return postcode.municipality().nis();
	}

}
