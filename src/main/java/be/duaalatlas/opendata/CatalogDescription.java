package be.duaalatlas.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DCAT-AP description of the export ({@code /open-data/catalog.jsonld}): a
 * {@code dcat:Catalog}, a {@code dcat:Dataset} per kind with its licence, rights
 * statement and last change, a {@code dcat:Distribution} per format with its media type
 * and URL. JSON-LD with its context inline, so no processor has to fetch one.
 */
final class CatalogDescription {

	static final String MEDIA_TYPE = "application/ld+json";

	private static final String IANA = "https://www.iana.org/assignments/media-types/";

	private CatalogDescription() {
	}

	/**
	 * @param base the export's absolute address, ending in {@code /open-data/}
	 * @param lastChanges each kind's last change (null when unknown)
	 */
	static Map<String, Object> of(String base, Map<Dataset, Instant> lastChanges) {
		Map<String, Object> catalog = new LinkedHashMap<>();
		catalog.put("@context", context());
		catalog.put("@id", base + "catalog.jsonld");
		catalog.put("@type", "dcat:Catalog");
		catalog.put("dct:title", text("Duaal Atlas: the public catalogue of dual learning in Flanders"));
		catalog.put("dct:description", text("Programmes, offerings, recognised workplaces, stakeholders, support "
				+ "services, texts, Brussels equivalences and places of dual learning in Flanders, as the public API "
				+ "shows them: one dataset per kind, each as NDJSON and CSV."));
		catalog.put("dct:publisher", publisher());
		catalog.put("dct:license", Map.of("@id", Dataset.Licence.CATALOGUE.uri()));
		catalog.put("dct:language", Map.of("@id", "http://publications.europa.eu/resource/authority/language/NLD"));
		Instant latest = lastChanges.values().stream().filter(i -> i != null).max(Instant::compareTo).orElse(null);
		if (latest != null) {
			catalog.put("dct:modified", dateTime(latest));
		}
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (Dataset dataset : Dataset.values()) {
			datasets.add(dataset(base, dataset, lastChanges.get(dataset)));
		}
		catalog.put("dcat:dataset", datasets);
		return catalog;
	}

	private static Map<String, Object> dataset(String base, Dataset dataset, Instant lastChange) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("@id", base + dataset.fileName());
		described.put("@type", "dcat:Dataset");
		described.put("dct:identifier", dataset.fileName());
		described.put("dct:title", text(dataset.title()));
		described.put("dct:description", text(dataset.title() + ": every record a public read of the API shows "
				+ "(records their owners took out of the listing left out), with the public fields of its GraphQL type."));
		described.put("dct:publisher", publisher());
		described.put("dct:license", Map.of("@id", dataset.licence().uri()));
		described.put("dct:rights",
				Map.of("@type", "dct:RightsStatement", "rdfs:label", text(dataset.licence().rights())));
		if (lastChange != null) {
			described.put("dct:modified", dateTime(lastChange));
		}
		List<Map<String, Object>> distributions = new ArrayList<>();
		for (Exports.Format format : Exports.Format.values()) {
			String url = base + dataset.fileName() + "." + format.extension();
			String mediaType = format.mediaType().split(";")[0];
			Map<String, Object> distribution = new LinkedHashMap<>();
			distribution.put("@id", url);
			distribution.put("@type", "dcat:Distribution");
			distribution.put("dct:title", text(dataset.title() + " (" + format.extension().toUpperCase() + ")"));
			distribution.put("dcat:accessURL", Map.of("@id", url));
			distribution.put("dcat:downloadURL", Map.of("@id", url));
			distribution.put("dcat:mediaType", Map.of("@id", IANA + mediaType));
			distribution.put("dct:license", Map.of("@id", dataset.licence().uri()));
			if (lastChange != null) {
				distribution.put("dct:modified", dateTime(lastChange));
			}
			distributions.add(distribution);
		}
		described.put("dcat:distribution", distributions);
		return described;
	}

	private static Map<String, Object> context() {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("dcat", "http://www.w3.org/ns/dcat#");
		context.put("dct", "http://purl.org/dc/terms/");
		context.put("foaf", "http://xmlns.com/foaf/0.1/");
		context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		return context;
	}

	private static Map<String, Object> publisher() {
		return Map.of("@type", "foaf:Agent", "foaf:name", "Duaal Atlas");
	}

	private static Map<String, Object> text(String value) {
		return Map.of("@value", value, "@language", "en");
	}

	private static Map<String, Object> dateTime(Instant instant) {
		return Map.of("@value", instant.toString(), "@type", "xsd:dateTime");
	}

}
