package be.duaalatlas.ingest.register;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.place.PlaceLookup;
import be.duaalatlas.place.PlaceLookup.Area;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.workplace.RecognitionInput;
import be.duaalatlas.workplace.RegisterLineInput;
import be.duaalatlas.workplace.RegisterRules;
import be.duaalatlas.workplace.WorkplaceDocument;
import be.duaalatlas.workplace.WorkplaceDocument.Recognition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The recognition register's CSV export: one recognition a line, ordered by establishment
 * (as the register exports it). Consecutive lines of one establishment become one
 * workplace document with all its recognitions, each line checked by the register's rule
 * ({@link RegisterRules}, the one a recognising body's write goes through too);
 * streaming, so a register of a million establishments imports in constant memory but for
 * the set of establishments seen.
 */
@Component
class RecognitionRegisterSource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("recognition_id", "enterprise_number", "establishment_number",
			"establishment_name", "legal_form", "street", "postcode", "municipality", "sector", "programme_code",
			"qualification", "partnership", "valid_from", "valid_until", "status", "changed", "sample");

	/**
	 * Natural persons: their name and street are personal data and never leave the
	 * register.
	 */
	static final Set<String> SOLE_TRADER_FORMS = Set.of("EENMANSZAAK");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Validator validator;

	RecognitionRegisterSource(Validator validator) {
		this.validator = validator;
	}

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
		PlaceLookup places = context.places();
		Set<String> done = new HashSet<>();
		Group[] current = new Group[1];
		Function<String, Optional<? extends JsonNode>> stakeholders = context.records("stakeholders").isEmpty() ? null
				: id -> context.find("stakeholders", id);
		CsvRows.read(input, ';', COLUMNS, sink, (line, row) -> {
			RegisterLineInput establishment = JSON.convertValue(row, RegisterLineInput.class);
			RecognitionInput recognition = JSON.convertValue(row, RecognitionInput.class);
			String number = establishment.establishmentNumber();
			String problem = RegisterRules
				.line(establishment, recognition, validator, code -> context.exists(ProgrammeDocument.KIND, code),
						places::postcode, stakeholders)
				.map(Problem::reason)
				.orElse(null);
			if (problem == null && done.contains(number)
					&& (current[0] == null || !current[0].establishment.equals(number))) {
				problem = "establishment " + number + " appeared earlier, apart from this line: the register "
						+ "export must list an establishment's recognitions together";
			}
			if (problem != null) {
				sink.reject(line, problem);
				return;
			}
			if (current[0] != null && !current[0].establishment.equals(number)) {
				current[0].emit(this, context, input, sink);
				current[0] = null;
			}
			if (current[0] == null) {
				current[0] = new Group(number, establishment, line,
						places.postcode(establishment.postcode()).orElseThrow());
				done.add(number);
			}
			current[0].add(establishment, recognition);
		});
		if (current[0] != null) {
			current[0].emit(this, context, input, sink);
		}
	}

	/** The lines of one establishment. */
	private static final class Group {

		final String establishment;

		final RegisterLineInput first;

		final long line;

		final Area area;

		final List<Recognition> recognitions = new ArrayList<>();

		String changed;

		Group(String establishment, RegisterLineInput first, long line, Area area) {
			this.establishment = establishment;
			this.first = first;
			this.line = line;
			this.area = area;
		}

		void add(RegisterLineInput establishment, RecognitionInput recognition) {
			recognitions.add(recognition.recognition(RegisterRules.partnership(establishment, recognition)));
			String lineChanged = establishment.changed();
			if (lineChanged != null && (changed == null || lineChanged.compareTo(changed) > 0)) {
				changed = lineChanged;
			}
		}

		void emit(RecognitionRegisterSource source, ImportContext context, SourceInput input, RowSink sink) {
			boolean soleTrader = first.legalForm() != null && SOLE_TRADER_FORMS.contains(first.legalForm());
			RegisterRules.Derived derived = RegisterRules.Derived.of(recognitions,
					code -> context.find(ProgrammeDocument.KIND, code));
			String sector = first.sector();
			Localized name = soleTrader ? new Localized("Zelfstandige (" + sector + ")", "Indépendant (" + sector + ")",
					"Self-employed (" + sector + ")") : new Localized(first.establishmentName(), null, null);
			sink.index(establishment, new WorkplaceDocument(WorkplaceDocument.KIND, establishment,
					soleTrader ? null : first.enterpriseNumber(), name, derived.description(), first.legalForm(),
					soleTrader ? null : first.street(), area.postcode(), area.municipality(), area.province(),
					area.region(), area.regions(), area.rtcArea(), approximate(area.location()), sector,
					List.of(sector), List.copyOf(recognitions), derived.programmeCodes(), derived.qualifications(),
					derived.partnerships(), null, null, null, null, "true".equals(first.sample()), changed,
					context.provenance(source.name(), establishment, input, line, changed), null, null), line);
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
