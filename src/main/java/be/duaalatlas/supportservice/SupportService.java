package be.duaalatlas.supportservice;

import java.util.List;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Provenance;

/**
 * The GraphQL {@code SupportService}; its stakeholder is loaded for a whole page at once.
 */
public record SupportService(String id, String key, Text title, Text description, List<String> audiences,
		List<String> steps, List<String> regions, List<String> sectors, List<String> languages,
		List<ChannelView> channels, String stakeholderId, Provenance provenance, String lang, int version,
		boolean sample) {

	public static SupportService of(ServiceDocument doc, String lang) {
		List<ChannelView> channels = doc.channels() == null ? List.of()
				: doc.channels()
					.stream()
					.map(c -> new ChannelView(c.kind(), c.value(), Text.of(c.label(), lang)))
					.toList();
		return new SupportService("SupportService:" + doc.id(), doc.id(), Text.of(doc.name(), lang),
				Text.of(doc.description(), lang), orEmpty(doc.audiences()), orEmpty(doc.steps()),
				orEmpty(doc.regions()), orEmpty(doc.sectors()), orEmpty(doc.languages()), channels, doc.stakeholder(),
				doc.provenance(), lang, doc.recordVersion() == null ? 0 : doc.recordVersion(), doc.sample());
	}

	private static List<String> orEmpty(List<String> list) {
		return list == null ? List.of() : list;
	}

	/** The GraphQL {@code Channel}. */
	public record ChannelView(String kind, String value, Text label) {
	}

}
