package be.duaalatlas.stakeholder;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An organisation of the dual-learning ecosystem and the roles it holds in the role map
 * (Action 15 and 18.2 of the action plan), as indexed in {@code stakeholders} (see
 * {@code search-mappings/stakeholders.json}).
 *
 * @param id the role map's stable id (e.g. {@code vdab}), also the document id
 * @param type what kind of organisation it is, one of {@link StakeholderType}
 * @param roles the roles it holds, each with what it does in that role and its legal
 * basis where known
 * @param regions where it works: {@code FLANDERS}, {@code BRUSSELS} or provinces
 * @param languages languages it serves its public in ({@code nl}, {@code fr}, {@code en})
 * @param audiences not given by the role map (empty); present so that one filter works
 * over all kinds
 * @param steps not given by the role map (empty); see the stakeholder's services for
 * steps
 * @param contact organisational channels only: never a person's name, address or number
 * @param recordVersion how many writes through the API this record has had (absent: none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StakeholderDocument(String kind, String id, Localized name, StakeholderType type, Localized description,
		List<Role> roles, List<String> regions, List<String> sectors, List<String> languages, List<String> audiences,
		List<String> steps, Contact contact, Suggest suggest, boolean sample, String updatedAt, Provenance provenance,
		Integer recordVersion) {

	public static final String KIND = Kind.STAKEHOLDER.indexKind();

	/**
	 * A role in the role map.
	 *
	 * @param role one of {@link EcosystemRole}
	 * @param legalBasis the decree or agreement the role rests on, where known
	 */
	public record Role(String role, Localized description, String legalBasis) {
	}

	/**
	 * How to reach the organisation: its website, a functional mailbox, a switchboard
	 * number.
	 */
	public record Contact(String website, String email, String phone) {
	}

}
