package be.duaalatlas.ingest.supportservices;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.UniqueIds;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.ingest.yaml.YamlItems.Item;
import be.duaalatlas.place.Provinces;
import be.duaalatlas.supportservice.ServiceDocument;
import be.duaalatlas.supportservice.ServiceDocument.Channel;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.supportservice.ChannelKind;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Enums;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.ProcessStep;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.Sector;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The support services of the ecosystem (Action 15): a YAML list of what each stakeholder
 * offers, to whom, in which step of organising a dual programme, where and through which
 * channels. The stakeholder must be live in {@code stakeholders} (import the role map
 * first); its name is copied in for display and search.
 */
@Component
public class SupportServicesSource implements CatalogueSource {

	static final List<String> FIELDS = List.of("id", "stakeholder", "title", "description", "audiences", "steps",
			"regions", "sectors", "languages", "channels", "changed");

	static final List<String> CHANNEL_FIELDS = List.of("kind", "value", "label");

	@Override
	public String name() {
		return "support-services";
	}

	@Override
	public String kind() {
		return ServiceDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		UniqueIds ids = new UniqueIds();
		YamlItems.read(input, sink, item -> {
			ServiceDocument service = service(item, id -> context.find(StakeholderDocument.KIND, id),
					(id, changed) -> context.provenance(name(), id, input, item.line(), changed));
			String id = service == null ? null : service.id();
			ids.check(item, id);
			if (!item.valid()) {
				sink.reject(item.line(), item.reason());
				return;
			}
			ids.take(id, item.line());
			sink.index(id, service, item.line());
		});
	}

	/**
	 * The one rule of a support service, for an item of the file and for a write through
	 * the API (built in the same shape): checks every field, recording problems in the
	 * item, and gives the document when there are none.
	 * @param stakeholders the live stakeholder record of an id, if there is one
	 * @param provenance the provenance of the record with this id and change date
	 * @return the document, or null when the item has problems
	 */
	public static ServiceDocument service(Item item, Function<String, Optional<? extends JsonNode>> stakeholders,
			BiFunction<String, String, Provenance> provenance) {
		item.allowOnly(FIELDS);
		String id = item.slug("id");
		String stakeholder = item.slug("stakeholder");
		Localized title = item.localized("title", true);
		Localized description = item.localized("description", true);
		List<String> audiences = item.codes("audiences", Enums.names(Audience.class), true);
		List<String> steps = item.codes("steps", Enums.names(ProcessStep.class), true);
		List<String> regions = item.codes("regions", Region.names(), true);
		List<String> sectors = item.codes("sectors", Coded.codes(Sector.class), false);
		List<String> languages = item.codes("languages", Coded.codes(Language.class), true);
		List<Channel> channels = channels(item);
		String changed = item.date("changed");
		Localized stakeholderName = null;
		if (stakeholder != null) {
			JsonNode record = stakeholders.apply(stakeholder).orElse(null);
			if (record == null) {
				item.problem("stakeholder", "'" + stakeholder + "' is not a stakeholder of the role map");
			}
			else {
				stakeholderName = localized(record.path("name"));
			}
		}
		if (!item.valid()) {
			return null;
		}
		return new ServiceDocument(ServiceDocument.KIND, id, stakeholder, stakeholderName, title, description,
				audiences, steps, regions, sectors, languages, channels, false, changed, provenance.apply(id, changed),
				null);
	}

	/**
	 * At least one channel; its value is checked by kind (a web address, an e-mail
	 * address, a phone number).
	 */
	private static List<Channel> channels(Item item) {
		List<Channel> channels = new ArrayList<>();
		for (Item channel : item.children("channels", true)) {
			channel.allowOnly(CHANNEL_FIELDS);
			String kind = channel.code("kind", Enums.names(ChannelKind.class));
			String value = channel.text("value") == null ? null : switch (kind == null ? "" : kind) {
				case "WEBSITE", "FORM" -> channel.webAddress("value");
				case "EMAIL" -> channel.emailAddress("value");
				case "PHONE" -> channel.phoneNumber("value");
				default -> channel.optionalText("value");
			};
			channels.add(new Channel(kind, value, channel.localized("label", false)));
		}
		return channels;
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
