package be.duaalatlas.ingest.register;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.PlaceLookup;
import be.duaalatlas.ingest.PlaceLookup.Area;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.Values;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Enums;
import be.duaalatlas.vocabulary.JointCommittees;
import be.duaalatlas.vocabulary.RecognitionStatus;
import be.duaalatlas.vocabulary.Sector;
import be.duaalatlas.workplace.WorkplaceDocument;
import be.duaalatlas.workplace.WorkplaceDocument.Recognition;

import org.springframework.stereotype.Component;

/**
 * The recognition register's CSV export: one recognition a line, ordered by establishment
 * (as the register exports it). Consecutive lines of one establishment become one
 * workplace document with all its recognitions; streaming, so a register of a million
 * establishments imports in constant memory but for the set of establishments seen.
 */
@Component
class RecognitionRegisterSource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("recognition_id", "enterprise_number", "establishment_number",
			"establishment_name", "legal_form", "street", "postcode", "municipality", "sector", "programme_code",
			"qualification", "partnership", "valid_from", "valid_until", "status", "changed", "sample");

	static final List<String> STATUSES = Enums.names(RecognitionStatus.class);

	/**
	 * Natural persons: their name and street are personal data and never leave the
	 * register.
	 */
	static final Set<String> SOLE_TRADER_FORMS = Set.of("EENMANSZAAK");

	static final List<String> SECTORS = Coded.codes(Sector.class);

	@Override
	public String name() {
		return "recognition-register";
	}

	@Override
	public String kind() {
		return WorkplaceDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		PlaceLookup places = PlaceLookup.of(context);
		boolean checkPartnerships = !context.records("stakeholders").isEmpty();
		Set<String> done = new HashSet<>();
		Group[] current = new Group[1];
		CsvRows.read(input, ';', COLUMNS, sink, (line, row) -> {
			String establishment = row.get("establishment_number");
			String problem = problem(row, context, places, checkPartnerships);
			if (problem == null && done.contains(establishment)
					&& (current[0] == null || !current[0].establishment.equals(establishment))) {
				problem = "establishment " + establishment + " appeared earlier, apart from this line: the register "
						+ "export must list an establishment's recognitions together";
			}
			if (problem != null) {
				sink.reject(line, problem);
				return;
			}
			if (current[0] != null && !current[0].establishment.equals(establishment)) {
				current[0].emit(this, context, input, sink);
				current[0] = null;
			}
			if (current[0] == null) {
				current[0] = new Group(establishment, row, line, places.postcode(row.get("postcode")).orElseThrow());
				done.add(establishment);
			}
			current[0].add(row);
		});
		if (current[0] != null) {
			current[0].emit(this, context, input, sink);
		}
	}

	private static String problem(Map<String, String> row, ImportContext context, PlaceLookup places,
			boolean checkPartnerships) {
		String problem = Values.firstProblem(
				Values.required(row, "recognition_id", "enterprise_number", "establishment_number",
						"establishment_name", "postcode", "sector", "programme_code", "valid_from", "valid_until",
						"status"),
				Values.oneOf(row, "status", STATUSES), Values.oneOf(row, "sector", SECTORS),
				Values.date(row, "valid_from"), Values.date(row, "valid_until"), Values.date(row, "changed"),
				Values.bool(row, "sample"));
		if (problem != null) {
			return problem;
		}
		problem = Values.firstProblem(RegisterRules.enterpriseNumber(row), RegisterRules.establishmentNumber(row));
		if (problem != null) {
			return problem;
		}
		problem = Values.firstProblem(RegisterRules.validity(row),
				RegisterRules.programme(row, code -> context.exists(ProgrammeDocument.KIND, code)));
		if (problem != null) {
			return problem;
		}
		if (places.postcode(row.get("postcode")).isEmpty()) {
			return "unknown postcode '" + row.get("postcode") + "' (not in the Flemish or Brussels gazetteer)";
		}
		String jointCommittee = row.get("joint_committee");
		if (!Values.isBlank(jointCommittee) && JointCommittees.problem(jointCommittee) != null) {
			return JointCommittees.problem(jointCommittee);
		}
		if (Values.isBlank(row.get("partnership")) && Values.isBlank(jointCommittee)) {
			return "missing value for partnership: give the recognising partnership or the company's joint_committee";
		}
		String partnership = partnership(row);
		if (!Values.isBlank(jointCommittee) && !partnership.equals(JointCommittees.recognisingBody(jointCommittee))) {
			return "partnership '" + partnership + "' is not competent for joint committee " + jointCommittee + ": "
					+ JointCommittees.recognisingBody(jointCommittee) + " is";
		}
		if (checkPartnerships) {
			return RegisterRules.recognisingBody(partnership, id -> context.find("stakeholders", id));
		}
		return null;
	}

	/**
	 * The recognising body of a row: as given, or routed by the company's joint
	 * committee.
	 */
	static String partnership(Map<String, String> row) {
		return Values.isBlank(row.get("partnership")) ? JointCommittees.recognisingBody(row.get("joint_committee"))
				: row.get("partnership");
	}

	/** The lines of one establishment. */
	private static final class Group {

		final String establishment;

		final Map<String, String> first;

		final long line;

		final Area area;

		final List<Recognition> recognitions = new ArrayList<>();

		String changed;

		Group(String establishment, Map<String, String> first, long line, Area area) {
			this.establishment = establishment;
			this.first = first;
			this.line = line;
			this.area = area;
		}

		void add(Map<String, String> row) {
			recognitions.add(new Recognition(row.get("recognition_id"), row.get("programme_code"),
					Values.blankToNull(row.get("qualification")), partnership(row), row.get("valid_from"),
					row.get("valid_until"), row.get("status")));
			String rowChanged = Values.blankToNull(row.get("changed"));
			if (rowChanged != null && (changed == null || rowChanged.compareTo(changed) > 0)) {
				changed = rowChanged;
			}
		}

		void emit(RecognitionRegisterSource source, ImportContext context, SourceInput input, RowSink sink) {
			boolean soleTrader = SOLE_TRADER_FORMS.contains(first.get("legal_form"));
			RegisterRules.Derived derived = RegisterRules.Derived.of(recognitions,
					code -> context.find(ProgrammeDocument.KIND, code));
			String sector = first.get("sector");
			Localized name = soleTrader
					? new Localized("Zelfstandige (" + sector + ")", "Indépendant (" + sector + ")",
							"Self-employed (" + sector + ")")
					: new Localized(first.get("establishment_name"), null, null);
			sink.index(establishment,
					new WorkplaceDocument(WorkplaceDocument.KIND, establishment,
							soleTrader ? null : first.get("enterprise_number"), name, derived.description(),
							Values.blankToNull(first.get("legal_form")),
							soleTrader ? null : Values.blankToNull(first.get("street")), area.postcode(),
							area.municipality(), area.province(), area.region(), area.regions(), area.rtcArea(),
							approximate(area.location()), sector, List.of(sector), List.copyOf(recognitions),
							derived.programmeCodes(), derived.qualifications(), derived.partnerships(), null, null,
							null, null, "true".equals(first.get("sample")), changed,
							context.provenance(source.name(), establishment, input, line, changed), null, null),
					line);
		}

		/**
		 * The register gives street addresses, not coordinates, and nothing may be
		 * geocoded at run time: a workplace sits at its postcode area's centre, spread by
		 * up to ~1 km with a hash of its number so that a map does not stack them.
		 * Distances are therefore approximate, and never reveal an address.
		 */
		GeoPoint approximate(GeoPoint centre) {
			int hash = establishment.hashCode();
			double dLat = ((hash & 0xFFFF) / 65535.0 - 0.5) * 0.018;
			double dLon = (((hash >>> 16) & 0xFFFF) / 65535.0 - 0.5) * 0.028;
			return new GeoPoint(Math.round((centre.lat() + dLat) * 1e5) / 1e5,
					Math.round((centre.lon() + dLon) * 1e5) / 1e5);
		}

	}

}
