package be.duaalatlas.ingest.offerings;

import java.io.IOException;
import java.util.List;

import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.place.PlaceLookup;
import be.duaalatlas.programme.OfferingDocument;
import be.duaalatlas.programme.OfferingInput;
import be.duaalatlas.programme.OfferingRules;
import be.duaalatlas.programme.ProgrammeDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Where programmes are offered: the providers' locations, a {@code ;}-separated CSV, each
 * row bound to an {@link OfferingInput} and checked by the feature's rule
 * ({@link OfferingRules}), the same the providers' writes through the API go through.
 */
@Component
public class OfferingsSource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("id", "programme_code", "provider_id", "provider_name", "provider_kind",
			"street", "postcode", "municipality", "language", "start", "changed", "sample");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Validator validator;

	OfferingsSource(Validator validator) {
		this.validator = validator;
	}

	@Override
	public String name() {
		return "offerings";
	}

	@Override
	public String kind() {
		return OfferingDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		PlaceLookup places = context.places();
		CsvRows.read(input, ';', COLUMNS, sink, (line, row) -> {
			OfferingInput offering = JSON.convertValue(row, OfferingInput.class);
			OfferingRules.Checked checked = OfferingRules.offering(offering, validator,
					code -> context.find(ProgrammeDocument.KIND, code), places::postcode,
					context.provenance(name(), offering.key(), input, line, offering.changed()));
			if (checked.problem() != null) {
				sink.reject(line, checked.problem().reason());
				return;
			}
			sink.index(offering.key(), checked.document(), line);
		});
	}

}
