package be.duaalatlas.ingest.supportservices;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.supportservice.ServiceDocument;
import be.duaalatlas.supportservice.ServiceDocument.Channel;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.Enums;
import be.duaalatlas.vocabulary.ProcessStep;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class SupportServicesSourceTest {

	private final SupportServicesSource source = new SupportServicesSource();

	private final RecordingSink sink = new RecordingSink();

	@Test
	void readsServicesWithTheirStakeholdersName() throws IOException {
		ImportContext context = AdapterTesting.context(Map.of("stakeholders",
				Map.of("vdab", AdapterTesting.named("VDAB", "VDAB", "VDAB (public employment service)"))));
		source.read(AdapterTesting.fixture("fixtures/support-services/services.yaml"), context, sink);

		assertThat(sink.indexed.keySet()).containsExactly("vdab-leerwerkplek-zoeken");
		ServiceDocument service = sink.document("vdab-leerwerkplek-zoeken");
		assertThat(service.kind()).isEqualTo("services");
		AdapterTesting.assertFitsMapping("services", service);
		assertThat(service.id()).isEqualTo("vdab-leerwerkplek-zoeken");
		assertThat(service.stakeholder()).isEqualTo("vdab");
		assertThat(service.stakeholderName())
			.isEqualTo(new Localized("VDAB", "VDAB", "VDAB (public employment service)"));
		assertThat(service.name()).isEqualTo(new Localized("Hulp bij het zoeken naar een leerwerkplek",
				"Aide pour trouver un lieu de formation", null));
		assertThat(service.description().nl()).startsWith("Een trajectbegeleider");
		assertThat(service.audiences()).containsExactly("PUPIL", "PARENT", "SCHOOL");
		assertThat(service.steps()).containsExactly("FIND_WORKPLACE");
		assertThat(service.regions()).containsExactly("FLANDERS");
		assertThat(service.sectors()).isEmpty();
		assertThat(service.languages()).containsExactly("nl");
		assertThat(service.channels()).containsExactly(
				new Channel("WEBSITE", "https://www.vdab.be/duaal-leren", new Localized("Website", "Site web", null)),
				new Channel("PHONE", "0800 30 700", null));
		assertThat(service.updatedAt()).isEqualTo("2025-09-01");
		assertThat(service.provenance().source()).isEqualTo("support-services");
		assertThat(service.provenance().line()).isEqualTo(1);

		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line).containsExactly(19L, 30L, 42L);
		assertThat(sink.rejection(19).reason()).isEqualTo("stakeholder 'nobody' is not a stakeholder of the role map");
		assertThat(sink.rejection(30).reason()).isEqualTo(String.join("; ",
				"audiences has unknown value(s) TEACHER; allowed: COMPANY, MENTOR, PARENT, PUPIL, SCHOOL",
				"steps must hold at least one value", "languages has unknown value(s) de; allowed: en, fr, nl",
				"channels[0].kind 'FAX' is not one of EMAIL, FORM, OFFICE, PHONE, WEBSITE",
				"channels[1].value 'not an address' is not an e-mail address"));
		assertThat(sink.rejection(42).reason()).isEqualTo("channels is missing");
	}

	@Test
	void theSampleServicesImportWhole() throws IOException {
		assumeThat(AdapterTesting.sampleExists("services/services.yaml")).as("sample services written").isTrue();
		assumeThat(AdapterTesting.sampleExists("stakeholders/stakeholders.yaml")).as("sample role map written")
			.isTrue();
		ImportContext context = AdapterTesting.context(Map.of("stakeholders", AdapterTesting.sampleStakeholders()));
		source.read(AdapterTesting.sample("services/services.yaml"), context, sink);

		assertThat(sink.rejected).isEmpty();
		sink.indexed.values().forEach(i -> AdapterTesting.assertFitsMapping("services", i.document()));
		assertThat(sink.indexed).hasSizeGreaterThanOrEqualTo(20);
		List<ServiceDocument> services = sink.indexed.values()
			.stream()
			.map(i -> (ServiceDocument) i.document())
			.toList();
		assertThat(services).flatExtracting(ServiceDocument::steps).containsAll(Enums.names(ProcessStep.class));
		assertThat(services).flatExtracting(ServiceDocument::audiences).containsAll(Enums.names(Audience.class));
		assertThat(services).allSatisfy(s -> assertThat(s.stakeholderName()).isNotNull());
	}

}
