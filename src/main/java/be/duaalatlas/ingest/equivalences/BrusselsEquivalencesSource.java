package be.duaalatlas.ingest.equivalences;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import be.duaalatlas.content.EquivalenceDocument;
import be.duaalatlas.content.EquivalenceDocument.FrenchSide;
import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.UniqueIds;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.ingest.yaml.YamlItems.Item;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.stakeholder.StakeholderDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Action 18 (Brussels): a YAML list linking a Flemish dual programme to a French-speaking
 * "alternance" training (CEFA or efp) that leads to a comparable trade, with the actors
 * on both sides. The programme must be live in {@code programmes} and every actor in
 * {@code stakeholders}; the programme's name and sectors are copied in.
 */
@Component
class BrusselsEquivalencesSource implements CatalogueSource {

	static final List<String> FIELDS = List.of("id", "programme", "frenchSide", "flemishActors", "frenchActors", "note",
			"changed");

	static final List<String> FRENCH_SIDE_FIELDS = List.of("name", "system", "certificate");

	@Override
	public String name() {
		return "brussels-equivalences";
	}

	@Override
	public String kind() {
		return EquivalenceDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		UniqueIds ids = new UniqueIds();
		YamlItems.read(input, sink, item -> {
			item.allowOnly(FIELDS);
			String id = item.slug("id");
			String programme = item.slug("programme");
			FrenchSide frenchSide = frenchSide(item);
			List<String> flemishActors = item.texts("flemishActors", true);
			List<String> frenchActors = item.texts("frenchActors", true);
			Localized note = item.localized("note", true);
			String changed = item.date("changed");
			ObjectNode programmeRecord = null;
			if (programme != null) {
				programmeRecord = context.find(ProgrammeDocument.KIND, programme).orElse(null);
				if (programmeRecord == null) {
					item.problem("unknown programme '" + programme + "'");
				}
			}
			actors(item, context, "flemishActors", flemishActors);
			actors(item, context, "frenchActors", frenchActors);
			ids.check(item, id);
			if (!item.valid()) {
				sink.reject(item.line(), item.reason());
				return;
			}
			ids.take(id, item.line());
			Localized programmeName = localized(programmeRecord.path("name"));
			if (programmeName == null) {
				programmeName = new Localized(programme, null, null);
			}
			List<String> sectors = new ArrayList<>();
			programmeRecord.path("sectors").forEach(sector -> sectors.add(sector.asText()));
			sink.index(id,
					new EquivalenceDocument(EquivalenceDocument.KIND, id, programme, programmeName, frenchSide,
							flemishActors, frenchActors, title(programmeName, frenchSide), note, List.of("BRUSSELS"),
							List.copyOf(sectors), List.of("nl", "fr"), List.of(), List.of(), false, changed,
							context.provenance(name(), id, input, item.line(), changed)),
					item.line());
		});
	}

	private static FrenchSide frenchSide(Item item) {
		Item side = item.child("frenchSide", true);
		if (side == null) {
			return null;
		}
		side.allowOnly(FRENCH_SIDE_FIELDS);
		return new FrenchSide(side.text("name"), side.code("system", EquivalenceDocument.SYSTEMS),
				side.text("certificate"));
	}

	private static void actors(Item item, ImportContext context, String field, List<String> ids) {
		List<String> unknown = ids.stream().filter(id -> !context.exists(StakeholderDocument.KIND, id)).toList();
		if (!unknown.isEmpty()) {
			item.problem("unknown stakeholder(s) "
					+ unknown.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + " in " + field);
		}
	}

	/**
	 * Both sides in one title: the Flemish name first in Dutch and English, the French
	 * one first in French.
	 */
	private static Localized title(Localized programme, FrenchSide frenchSide) {
		String nl = programme.nl() + " ↔ " + frenchSide.name();
		String fr = frenchSide.name() + " ↔ " + programme.in("fr").orElse(programme.nl());
		String en = programme.in("en").orElse(programme.nl()) + " ↔ " + frenchSide.name();
		return new Localized(nl, fr, en);
	}

	private static Localized localized(JsonNode texts) {
		String nl = blankToNull(texts.path("nl").asText(null));
		return nl == null ? null : new Localized(nl, blankToNull(texts.path("fr").asText(null)),
				blankToNull(texts.path("en").asText(null)));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
