package be.duaalatlas.ingest.register;

import java.io.IOException;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.IngestFixtures;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.workplace.WorkplaceDocument;
import be.duaalatlas.workplace.WorkplaceDocument.Recognition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The recognition register adapter on a fixture of its CSV export, against live
 * programmes, places, stakeholders.
 */
class RecognitionRegisterSourceTest {

	private static final String FILE = "fixtures/recognition-register/recognitions.csv";

	private final RecognitionRegisterSource source = new RecognitionRegisterSource(
			Validation.buildDefaultValidatorFactory().getValidator());

	private final ImportContext context = AdapterTesting.context(Map.of("programmes",
			IngestFixtures.fixtureProgrammes(), "places", IngestFixtures.fixturePlaces(), "stakeholders",
			IngestFixtures.stakeholders("sp-bouw", "sp-elektrotechniek", "sp-haarzorg-schoonheid", "dep-wse")));

	private final RecordingSink sink = new RecordingSink();

	@Test
	void consecutiveLinesOfAnEstablishmentBecomeOneWorkplaceWithAllItsRecognitions() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.indexed.keySet()).containsExactly("2.100.000.001", "2.200.000.002", "2.300.000.003");
		sink.indexed.values().forEach(i -> AdapterTesting.assertFitsMapping("workplaces", i.document()));

		WorkplaceDocument delta = sink.document("2.100.000.001");
		assertThat(delta.kind()).isEqualTo("workplaces");
		assertThat(delta.establishmentNumber()).isEqualTo("2.100.000.001");
		assertThat(delta.enterpriseNumber()).isEqualTo("0412.345.614");
		assertThat(delta.name()).isEqualTo(new Localized("Elektro Delta BV", null, null));
		assertThat(delta.legalForm()).isEqualTo("BV");
		assertThat(delta.street()).isEqualTo("Industrieweg 5");
		assertThat(delta.postcode()).isEqualTo("9000");
		assertThat(delta.municipality()).isEqualTo(new Localized("Gent", null, null));
		assertThat(delta.province()).isEqualTo("OOST_VLAANDEREN");
		assertThat(delta.region()).isEqualTo("FLANDERS");
		assertThat(delta.regions()).containsExactly("FLANDERS", "OOST_VLAANDEREN");
		assertThat(delta.rtcArea()).isEqualTo("rtc-oost-vlaanderen");
		assertThat(delta.sector()).isEqualTo("elektrotechniek");
		assertThat(delta.sectors()).containsExactly("elektrotechniek");
		// line 4 (unknown programme) is rejected, the establishment's other lines
		// are kept
		assertThat(delta.recognitions()).containsExactly(
				new Recognition("R1", "elektrische-installaties-duaal", "Elektrotechnisch monteur",
						"sp-elektrotechniek", "2024-01-01", "2029-01-01", "ACTIVE"),
				new Recognition("R2", "ruwbouw-duaal", null, "sp-bouw", "2020-01-01", "2025-01-01", "EXPIRED"));
		// only active recognitions count for "recognised for programme X"
		assertThat(delta.programmeCodes()).containsExactly("elektrische-installaties-duaal");
		assertThat(delta.qualifications()).containsExactly("Elektrotechnisch monteur");
		assertThat(delta.partnerships()).containsExactly("sp-elektrotechniek", "sp-bouw");
		// the self-managed fields come from the other source
		assertThat(delta.lookingForLearner()).isNull();
		assertThat(delta.places()).isNull();
		assertThat(delta.availableFrom()).isNull();
		assertThat(delta.lastConfirmed()).isNull();
		assertThat(delta.sample()).isFalse();
		// the latest change of its lines
		assertThat(delta.updatedAt()).isEqualTo("2024-03-01");
		assertThat(delta.provenance().source()).isEqualTo("recognition-register");
		assertThat(delta.provenance().recordId()).isEqualTo("2.100.000.001");
		assertThat(delta.provenance().file()).isEqualTo(FILE);
		assertThat(delta.provenance().line()).isEqualTo(2);
		assertThat(delta.provenance().changedAt()).isEqualTo("2024-03-01");

		WorkplaceDocument zenne = sink.document("2.300.000.003");
		assertThat(zenne.province()).isEqualTo("BRUSSELS");
		assertThat(zenne.rtcArea()).isNull();
		assertThat(zenne.municipality()).isEqualTo(new Localized("Brussel", "Bruxelles", null));
		assertThat(zenne.recognitions()).extracting(Recognition::status).containsExactly("WITHDRAWN", "ACTIVE");
		assertThat(zenne.programmeCodes()).containsExactly("elektrische-installaties-duaal");
		assertThat(zenne.qualifications()).isEmpty();
		assertThat(zenne.partnerships()).containsExactly("sp-haarzorg-schoonheid", "sp-elektrotechniek");
		assertThat(zenne.sample()).isTrue();
		assertThat(zenne.provenance().line()).isEqualTo(12);
	}

	@Test
	void aWorkplaceIsPlacedNearItsPostcodeAreasCentreNeverAtAnAddress() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);
		WorkplaceDocument first = sink.document("2.100.000.001");

		// the centre of 9000's two places is 51.04, 3.7; a workplace is spread by at most
		// ~1 km around it
		assertThat(first.location().lat()).isCloseTo(51.04, within(0.0091));
		assertThat(first.location().lon()).isCloseTo(3.7, within(0.0141));

		RecordingSink again = new RecordingSink();
		source.read(AdapterTesting.fixture(FILE), context, again);
		assertThat(((WorkplaceDocument) again.document("2.100.000.001")).location()).isEqualTo(first.location());
	}

	@Test
	void aSoleTraderIsIndexedWithoutNameEnterpriseNumberOrStreet() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		WorkplaceDocument soleTrader = sink.document("2.200.000.002");
		assertThat(soleTrader.legalForm()).isEqualTo("EENMANSZAAK");
		assertThat(soleTrader.enterpriseNumber()).isNull();
		assertThat(soleTrader.street()).isNull();
		assertThat(soleTrader.name()).isEqualTo(new Localized("Zelfstandige (haarzorg-schoonheid)",
				"Indépendant (haarzorg-schoonheid)", "Self-employed (haarzorg-schoonheid)"));
		assertThat(soleTrader.postcode()).isEqualTo("2000");
		assertThat(soleTrader.programmeCodes()).containsExactly("kapper-duaal");
		// nothing of the person reaches the document the engine gets
		String json = AdapterTesting.record(soleTrader).toString();
		assertThat(json).doesNotContain("Jan", "Peeters", "Dorpsstraat", "0512.000.147", "0512000147");
	}

	@Test
	void rejectsEachBadLineWithItsLineAndReason() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line)
			.containsExactly(4L, 6L, 7L, 8L, 9L, 10L, 11L, 14L);
		assertThat(sink.rejection(4).reason()).isEqualTo("unknown programme code 'bakker-duaal'");
		assertThat(sink.rejection(6).reason())
			.isEqualTo("enterprise_number '412345678' is not a KBO number like 0123.456.749");
		assertThat(sink.rejection(7).reason())
			.isEqualTo("establishment_number '1.234.567.890' is not an establishment unit number like 2.123.456.789");
		assertThat(sink.rejection(8).reason()).isEqualTo("valid_until 2023-01-01 is before valid_from 2024-01-01");
		assertThat(sink.rejection(9).reason())
			.isEqualTo("unknown postcode '8400' (not in the Flemish or Brussels gazetteer)");
		assertThat(sink.rejection(10).reason())
			.isEqualTo("unknown recognising partnership 'sp-ruimtevaart' (not in the role map)");
		assertThat(sink.rejection(11).reason()).isEqualTo("establishment 2.100.000.001 appeared earlier, apart from "
				+ "this line: the register export must list an establishment's recognitions together");
		// a mistyped enterprise number: its check digits (97 - 04123456 mod 97 = 14) do
		// not match
		assertThat(sink.rejection(14).reason()).isEqualTo("enterprise_number '0412.345.615' has check digits 15 where "
				+ "its first eight digits give 14 (97 minus their remainder by 97): a typing error?");
		assertThat(sink.indexed).doesNotContainKey("2.100.000.013");
		// the reappearing line did not change the workplace made of the establishment's
		// first lines
		assertThat(((WorkplaceDocument) sink.document("2.100.000.001")).recognitions()).extracting(Recognition::id)
			.containsExactly("R1", "R2");
	}

	@Test
	void rejectsARowWithMissingValuesOrUnknownCodes() throws IOException {
		var input = AdapterTesting.text("register.csv", String.join("\n",
				String.join(";", RecognitionRegisterSource.COLUMNS),
				"R1;0400.000.001;2.900.000.001;;BV;;9000;Gent;bouw;ruwbouw-duaal;;sp-bouw;2024-01-01;;ACTIVE;;false",
				"R2;0400.000.001;2.900.000.001;Bouw BV;BV;;9000;Gent;ruimtevaart;ruwbouw-duaal;;sp-bouw;2024-01-01;2029-01-01;ACTIVE;;false",
				"R3;0400.000.001;2.900.000.001;Bouw BV;BV;;9000;Gent;bouw;ruwbouw-duaal;;sp-bouw;2024-01-01;2029-01-01;ERKEND;;false",
				"R4;0400.000.001;2.900.000.001;Bouw BV;BV;;9000;Gent;bouw;ruwbouw-duaal;;sp-bouw;2024-01-01;2029-02-30;ACTIVE;;false",
				""));
		source.read(input, context, sink);

		assertThat(sink.indexed).isEmpty();
		assertThat(sink.rejection(2).reason()).isEqualTo("missing value for establishment_name, valid_until");
		assertThat(sink.rejection(3).reason())
			.startsWith("sector 'ruimtevaart' is not one of auto, bedienden-administratie, bouw,");
		assertThat(sink.rejection(4).reason()).isEqualTo("status 'ERKEND' is not one of ACTIVE, EXPIRED, WITHDRAWN");
		assertThat(sink.rejection(5).reason())
			.isEqualTo("valid_until '2029-02-30' is not a date (expected YYYY-MM-DD)");
	}

	@Test
	void theRecognisingBodyFollowsTheJointCommitteeAndTheDepartmentRecognisesNothing() throws IOException {
		Map<String, ObjectNode> stakeholders = IngestFixtures.stakeholders("sp-bouw", "sp-horeca", "vpdl");
		ObjectNode department = AdapterTesting.named("dep-wse", null, null);
		department.putArray("roles").addObject().put("role", "PAY_PREMIUMS");
		stakeholders.put("dep-wse", department);
		ImportContext routed = AdapterTesting.context(Map.of("programmes", IngestFixtures.fixtureProgrammes(), "places",
				IngestFixtures.fixturePlaces(), "stakeholders", stakeholders));
		String row = "0412.345.614;2.900.000.00%d;Bedrijf %d BV;BV;;9000;Gent;%s;ruwbouw-duaal;;%s;2024-01-01;2029-01-01;"
				+ "ACTIVE;;false;%s";
		var input = AdapterTesting.text("register.csv",
				String.join("\n", String.join(";", RecognitionRegisterSource.COLUMNS) + ";joint_committee",
						"R1;" + String.format(row, 1, 1, "horeca", "", "302"),
						"R2;" + String.format(row, 2, 2, "logistiek-transport", "", "226"),
						"R3;" + String.format(row, 3, 3, "horeca", "sp-bouw", "302"),
						"R4;" + String.format(row, 4, 4, "logistiek-transport", "dep-wse", ""),
						"R5;" + String.format(row, 5, 5, "logistiek-transport", "", "22"),
						"R6;" + String.format(row, 6, 6, "logistiek-transport", "", ""), ""));

		source.read(input, routed, sink);

		assertThat(((WorkplaceDocument) sink.document("2.900.000.001")).recognitions())
			.extracting(Recognition::partnership)
			.containsExactly("sp-horeca");
		assertThat(((WorkplaceDocument) sink.document("2.900.000.002")).recognitions())
			.extracting(Recognition::partnership)
			.containsExactly("vpdl");
		assertThat(sink.rejection(4).reason())
			.isEqualTo("partnership 'sp-bouw' is not competent for joint committee 302: sp-horeca is");
		assertThat(sink.rejection(5).reason()).isEqualTo("'dep-wse' does not recognise workplaces: the sectoral "
				+ "partnership competent for the company's joint committee does, or else the Vlaams Partnerschap Duaal "
				+ "Leren (vpdl)");
		assertThat(sink.rejection(6).reason())
			.isEqualTo("joint_committee '22' is not a joint committee number like 124 or 149.01");
		assertThat(sink.rejection(7).reason()).isEqualTo("missing value for partnership: give the recognising "
				+ "partnership or the company's joint_committee");
	}

}
