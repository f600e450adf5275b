package be.duaalatlas.supportservice;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A concrete support service a stakeholder offers: who it helps (audiences), in which
 * step of organising a dual programme (steps), where, and how to reach it; as indexed in
 * {@code services} (see {@code search-mappings/services.json}).
 *
 * @param id the source's stable id, also the document id
 * @param stakeholder the id of the stakeholder offering it (a live record in
 * {@code stakeholders})
 * @param stakeholderName that stakeholder's name, copied in for display and search
 * @param name the service's title
 * @param recordVersion how many writes through the API this record has had (absent: none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceDocument(String kind, String id, String stakeholder, Localized stakeholderName, Localized name,
		Localized description, List<String> audiences, List<String> steps, List<String> regions, List<String> sectors,
		List<String> languages, List<Channel> channels, boolean sample, String updatedAt, Provenance provenance,
		Integer recordVersion) {

	public static final String KIND = Kind.SUPPORT_SERVICE.indexKind();

	/**
	 * A way to reach the service (organisational channels only).
	 *
	 * @param kind one of {@link ChannelKind}
	 * @param value the address, number or URL
	 * @param label what to show for it
	 */
	public record Channel(String kind, String value, Localized label) {
	}

}
