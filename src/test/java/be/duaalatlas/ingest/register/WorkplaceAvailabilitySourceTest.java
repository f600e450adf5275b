package be.duaalatlas.ingest.register;

import java.io.IOException;
import java.util.Map;

import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.workplace.WorkplaceDocument.Availability;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The companies' availability CSV: partial documents merged into the register's
 * workplaces.
 */
class WorkplaceAvailabilitySourceTest {

	private static final String FILE = "fixtures/workplace-availability/availability.csv";

	private final WorkplaceAvailabilitySource source = new WorkplaceAvailabilitySource(
			Validation.buildDefaultValidatorFactory().getValidator());

	private final RecordingSink sink = new RecordingSink();

	@Test
	void eachGoodLineIsMergedIntoItsEstablishment() throws IOException {
		source.read(AdapterTesting.fixture(FILE), AdapterTesting.context(Map.of()), sink);

		assertThat(sink.indexed).isEmpty();
		assertThat(sink.merged).extracting(AdapterTesting.Indexed::id)
			.containsExactly("2.100.000.001", "2.200.000.002", "2.300.000.003");
		assertThat(sink.merged).extracting(AdapterTesting.Indexed::line).containsExactly(2L, 3L, 10L);
		assertThat(sink.merged.get(0).document()).isEqualTo(new Availability(true, 2, "2026-10-01", "2026-08-20"));
		assertThat(sink.merged.get(1).document()).isEqualTo(new Availability(false, null, null, "2026-06-01"));
		assertThat(sink.merged.get(2).document()).isEqualTo(new Availability(true, 0, null, "2026-08-20"));
		// blank optional fields are left out of the partial document, so they cannot
		// blank out a field
		assertThat(AdapterTesting.record(sink.merged.get(1).document()).toString())
			.isEqualTo("{\"lookingForLearner\":false,\"lastConfirmed\":\"2026-06-01\"}");
		sink.merged.forEach(m -> AdapterTesting.assertFitsMapping("workplaces", m.document()));
	}

	@Test
	void rejectsEachBadLineWithItsLineAndReason() throws IOException {
		source.read(AdapterTesting.fixture(FILE), AdapterTesting.context(Map.of()), sink);

		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line).containsExactly(4L, 5L, 6L, 7L, 8L, 9L);
		assertThat(sink.rejection(4).reason()).isEqualTo("looking_for_learner 'ja' is not true or false");
		assertThat(sink.rejection(5).reason()).isEqualTo("places 501 is not between 0 and 500");
		assertThat(sink.rejection(6).reason()).isEqualTo("places -1 is not between 0 and 500");
		assertThat(sink.rejection(7).reason()).isEqualTo("places 'twee' is not a whole number");
		assertThat(sink.rejection(8).reason()).isEqualTo("missing value for last_confirmed");
		assertThat(sink.rejection(9).reason())
			.isEqualTo("available_from '1 oktober' is not a date (expected YYYY-MM-DD)");
	}

}
