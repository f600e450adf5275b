package be.duaalatlas.ingest.rolemap;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.stakeholder.StakeholderDocument.Contact;
import be.duaalatlas.stakeholder.StakeholderDocument.Role;
import be.duaalatlas.stakeholder.EcosystemRole;
import be.duaalatlas.stakeholder.StakeholderType;
import be.duaalatlas.vocabulary.Enums;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class RoleMapSourceTest {

	private final RoleMapSource source = new RoleMapSource(Validation.buildDefaultValidatorFactory().getValidator());

	private final ImportContext context = AdapterTesting.context(Map.of());

	private final RecordingSink sink = new RecordingSink();

	@Test
	void readsOrganisationsWithTheirRolesAndChannels() throws IOException {
		source.read(AdapterTesting.fixture("fixtures/role-map/good.yaml"), context, sink);

		assertThat(sink.rejected).isEmpty();
		assertThat(sink.indexed.keySet()).containsExactly("vdab", "constructiv");
		StakeholderDocument vdab = sink.document("vdab");
		assertThat(vdab.kind()).isEqualTo("stakeholders");
		AdapterTesting.assertFitsMapping("stakeholders", vdab);
		assertThat(vdab.id()).isEqualTo("vdab");
		assertThat(vdab.name()).isEqualTo(new Localized("VDAB", "VDAB (service flamand de l'emploi)",
				"VDAB (Flemish public employment service)"));
		assertThat(vdab.type()).isEqualTo(StakeholderType.PUBLIC_EMPLOYMENT_SERVICE);
		assertThat(vdab.description().en()).isEqualTo("The Flemish public employment and vocational training service.");
		assertThat(vdab.roles()).containsExactly(
				new Role("MATCH_LEARNERS_WORKPLACES",
						new Localized("Helpt leerlingen een leerwerkplek te vinden.",
								"Aide les élèves à trouver un lieu de formation.", null),
						null),
				new Role("INFORM_ORIENT", new Localized("Informeert over duaal leren.", null, null),
						"Decreet van 10 juni 2016 betreffende duaal leren"));
		assertThat(vdab.regions()).containsExactly("FLANDERS", "BRUSSELS");
		assertThat(vdab.sectors()).isEmpty();
		assertThat(vdab.languages()).containsExactly("nl", "fr", "en");
		assertThat(vdab.contact())
			.isEqualTo(new Contact("https://www.vdab.be/duaal-leren", "duaal@vdab.be", "0800 30 700"));
		assertThat(vdab.suggest().input()).containsExactly("VDAB", "VDAB (service flamand de l'emploi)",
				"VDAB (Flemish public employment service)");
		assertThat(vdab.updatedAt()).isEqualTo("2025-09-01");
		assertThat(vdab.sample()).isFalse();
		assertThat(vdab.provenance().source()).isEqualTo("role-map");
		assertThat(vdab.provenance().recordId()).isEqualTo("vdab");
		assertThat(vdab.provenance().file()).isEqualTo("fixtures/role-map/good.yaml");
		assertThat(vdab.provenance().line()).isEqualTo(2);
		assertThat(vdab.provenance().changedAt()).isEqualTo("2025-09-01");
		assertThat(sink.indexed.get("vdab").line()).isEqualTo(2);

		StakeholderDocument constructiv = sink.document("constructiv");
		assertThat(constructiv.name()).isEqualTo(new Localized("Constructiv", null, null));
		assertThat(constructiv.suggest().input()).containsExactly("Constructiv");
		assertThat(constructiv.contact()).isNull();
		assertThat(constructiv.regions()).containsExactly("FLANDERS");
		assertThat(constructiv.sectors()).containsExactly("bouw");
		assertThat(sink.indexed.get("constructiv").line()).isEqualTo(27);
	}

	@Test
	void rejectsEachBadItemWithItsLineAndImportsTheRest() throws IOException {
		source.read(AdapterTesting.fixture("fixtures/role-map/bad.yaml"), context, sink);

		assertThat(sink.indexed.keySet()).containsExactly("good-one");
		assertThat(sink.indexed.get("good-one").line()).isEqualTo(1);
		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line).containsExactly(11L, 21L, 35L, 43L, 53L);
		assertThat(sink.rejection(11).reason()).isEqualTo("roles[0].role 'MAKE_COFFEE' is not one of "
				+ String.join(", ", Enums.names(EcosystemRole.class).stream().sorted().toList()));
		assertThat(sink.rejection(21).reason()).isEqualTo("contact: unknown field(s) person, mobile; contact takes "
				+ "organisational channels only (website, email, phone), never personal data");
		assertThat(sink.rejection(35).reason()).isEqualTo(
				String.join("; ", "id 'Bad Id' must be lower case letters, digits and hyphens", "name.nl is missing",
						"type 'CLUB' is not one of "
								+ String.join(", ", Enums.names(StakeholderType.class).stream().sorted().toList()),
						"roles must hold at least one entry",
						"regions has unknown value(s) WALLONIA; allowed: ANTWERPEN, BRUSSELS, FLANDERS, LIMBURG, "
								+ "OOST_VLAANDEREN, VLAAMS_BRABANT, WEST_VLAANDEREN",
						"changed '2025-13-01' is not a date (expected YYYY-MM-DD)"));
		assertThat(sink.rejection(43).reason()).isEqualTo("id 'good-one' is used twice in this file (first on line 1)");
		assertThat(sink.rejection(53).reason()).isEqualTo(
				"roles[1].role 'PAY_PREMIUMS' is listed twice; contact.email 'not-an-address' is not an e-mail address");
	}

	@Test
	void theSampleRoleMapImportsWhole() throws IOException {
		assumeThat(AdapterTesting.sampleExists("stakeholders/stakeholders.yaml")).as("sample role map written")
			.isTrue();
		source.read(AdapterTesting.sample("stakeholders/stakeholders.yaml"), context, sink);

		assertThat(sink.rejected).isEmpty();
		sink.indexed.values().forEach(i -> AdapterTesting.assertFitsMapping("stakeholders", i.document()));
		assertThat(sink.indexed).hasSizeGreaterThanOrEqualTo(20);
		List<StakeholderDocument> stakeholders = sink.indexed.values()
			.stream()
			.map(i -> (StakeholderDocument) i.document())
			.toList();
		assertThat(stakeholders).extracting(StakeholderDocument::type)
			.contains(StakeholderType.PARTNERSHIP, StakeholderType.SECTORAL_PARTNERSHIP,
					StakeholderType.PUBLIC_EMPLOYMENT_SERVICE, StakeholderType.RTC, StakeholderType.PUPIL_GUIDANCE);
		assertThat(stakeholders).flatExtracting(StakeholderDocument::roles)
			.extracting(Role::role)
			.contains("RECOGNISE_WORKPLACES", "REGISTER_AGREEMENTS", "PAY_PREMIUMS", "GUIDE_PUPILS",
					"BRUSSELS_ALIGNMENT");
		assertThat(stakeholders).flatExtracting(StakeholderDocument::regions).contains("FLANDERS", "BRUSSELS");
	}

}
