package be.duaalatlas.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static be.duaalatlas.opendata.Field.list;
import static be.duaalatlas.opendata.Field.object;
import static be.duaalatlas.opendata.Field.value;

/**
 * The exported kinds and, for each, the fields of its public GraphQL type that are stored
 * in its documents (what a public read shows, never more: no owner's bookkeeping such as
 * {@code unlisted}, no editor, no source file and line; what a public read computes from
 * other records, such as {@code howToGetInTouch} or a programme's offerings, is left
 * out), and its licence. The one place that says what leaves the service by the export.
 */
enum Dataset {

	PROGRAMMES("programmes", "Programme", "code", "Dual learning programmes", Licence.CATALOGUE, value("code"),
			texts("name"), texts("aliases"), texts("description"), value("studyDomain"), value("grade"),
			value("finality"), list("qualifications", "qualifications", "id", "name"), list("sectors", "sectors"),
			value("workplaceShare"), value("sample"), provenance()),
	OFFERINGS("offerings", "Offering", "id", "Where the programmes are offered", Licence.CATALOGUE, texts("name"),
			value("programme", "programmeCode"),
			object("provider", "provider", "id", "name", "kind", "institutionNumber", "contact.website",
					"contact.email", "contact.phone", "contact.enrolmentUrl"),
			value("street"), value("postcode"), object("municipality", "municipality", "nl", "fr"), value("province"),
			object("location", "location", "lat", "lon"), value("language"), value("start"), value("sample"),
			provenance()),
	WORKPLACES("workplaces", "Workplace", "establishmentNumber", "Recognised workplaces", Licence.CATALOGUE,
			value("establishmentNumber"), value("enterpriseNumber"), texts("name"), value("street"), value("postcode"),
			object("municipality", "municipality", "nl", "fr"), value("province"), value("rtcArea"),
			object("location", "location", "lat", "lon"), value("sector"),
			list("recognitions", "recognitions", "id", "programmeCode", "qualification", "partnership", "validFrom",
					"validUntil", "status"),
			value(Dataset.LOOKING_FOR_LEARNER), value("places"), value("availableFrom"), value("lastConfirmed"),
			value("sample"), provenance(), value("version", "recordVersion")),
	STAKEHOLDERS("stakeholders", "Stakeholder", "id", "Organisations of the dual-learning ecosystem", Licence.CATALOGUE,
			value("key", "id"), texts("name"), value("type"), texts("description"),
			list("roles", "roles", "role", "description", "legalBasis"), list("regions", "regions"),
			list("sectors", "sectors"), list("languages", "languages"),
			object("contact", "contact", "website", "email", "phone"), value("sample"), provenance()),
	SERVICES("services", "SupportService", "id", "Support services", Licence.CATALOGUE, texts("title", "name"),
			texts("description"), list("audiences", "audiences"), list("steps", "steps"), list("regions", "regions"),
			list("sectors", "sectors"), list("languages", "languages"),
			list("channels", "channels", "kind", "value", "label"), value("stakeholder"), value("sample"),
			provenance()),
	CONTENT("content", "ContentItem", "id", "Key messages and good practices", Licence.CATALOGUE, value("contentType"),
			texts("title", "name"), texts("summary", "description"), texts("body"), list("audiences", "audiences"),
			list("topics", "topics"), list("sectors", "sectors"), list("regions", "regions"),
			list("languages", "languages"), value("sample"), provenance()),
	EQUIVALENCES("equivalences", "Equivalence", "id", "Brussels equivalences of the Flemish programmes",
			Licence.CATALOGUE, value("programme"), value("frenchName", "frenchSide.name"),
			value("frenchSystem", "frenchSide.system"), value("frenchCertificate", "frenchSide.certificate"),
			list("flemishActors", "flemishActors"), list("frenchActors", "frenchActors"), texts("note", "description"),
			value("sample")),
	PLACES("places", "Place", "provenance.recordId", "Postcode areas and places of Flanders and Brussels",
			Licence.PLACES, value("postcode"), object("name", "name", "nl", "fr"),
			object("municipality", "municipality", "nl", "fr"), value("municipalityNis"), value("province"),
			value("rtcArea"), object("location", "location", "lat", "lon"), value("sample"));

	/** Shown as the public read shows it: null once the statement is too old. */
	static final String LOOKING_FOR_LEARNER = "lookingForLearner";

	private final String name;

	private final String type;

	private final String key;

	private final String title;

	private final Licence licence;

	private final List<Field> fields;

	Dataset(String name, String type, String key, String title, Licence licence, Field... fields) {
		this.name = name;
		this.type = type;
		this.key = key;
		this.title = title;
		this.licence = licence;
		this.fields = List.of(fields);
	}

	/** Its name in the export's paths, the index kind. */
	String fileName() {
		return name;
	}

	String indexKind() {
		return name;
	}

	String title() {
		return title;
	}

	Licence licence() {
		return licence;
	}

	List<Field> fields() {
		return fields;
	}

	/** The document path of the record's key, its global id's second half. */
	String keyPath() {
		return key;
	}

	String globalId(String key) {
		return type + ":" + key;
	}

	/** What the engine sends of each record: the public fields and the key. */
	List<String> sourcePaths() {
		List<String> paths = new java.util.ArrayList<>();
		paths.add(key);
		fields.forEach(field -> paths.addAll(field.sourcePaths()));
		return paths.stream().distinct().toList();
	}

	/** The CSV header: {@code id}, then every field's columns. */
	List<String> columns() {
		List<String> columns = new java.util.ArrayList<>();
		columns.add("id");
		fields.forEach(field -> columns.addAll(field.columns()));
		return columns;
	}

	static Optional<Dataset> named(String name) {
		return Arrays.stream(values()).filter(d -> d.name.equals(name)).findFirst();
	}

	private static Field texts(String name) {
		return texts(name, name);
	}

	/** A text in the catalogue's languages. */
	private static Field texts(String name, String path) {
		return object(name, path, "nl", "fr", "en");
	}

	/** Where the record comes from, as the public {@code Provenance} shows it. */
	private static Field provenance() {
		return object("provenance", "provenance", "source", "recordId", "changedAt", "ingestedAt");
	}

	/**
	 * The licences: the catalogue's own data under the Flemish model licence for free
	 * re-use; the places are GeoNames' and Statbel's, both CC BY 4.0.
	 */
	enum Licence {

		CATALOGUE("https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0",
				"Modellicentie Gratis Hergebruik v1.0 (Flemish model licence for free re-use): any use, free of "
						+ "charge, citing Duaal Atlas as the source"),
		PLACES("https://creativecommons.org/licenses/by/4.0/",
				"CC BY 4.0: postcode areas and places from GeoNames (geonames.org), municipalities and REFNIS codes "
						+ "from Statbel (statbel.fgov.be); cite both");

		private final String uri;

		private final String rights;

		Licence(String uri, String rights) {
			this.uri = uri;
			this.rights = rights;
		}

		String uri() {
			return uri;
		}

		String rights() {
			return rights;
		}

	}

}
