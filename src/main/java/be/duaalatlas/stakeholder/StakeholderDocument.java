package be.duaalatlas.stakeholder;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Suggest;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An organisation of the dual-learning ecosystem and the roles it holds in the role map (Action 15 and 18.2 of the
 * action plan), as indexed in {@code stakeholders} (see {@code search-mappings/stakeholders.json}).
 *
 * @param id the role map's stable id (e.g. {@code vdab}), also the document id
 * @param type what kind of organisation it is, one of {@link #TYPES}
 * @param roles the roles it holds, each with what it does in that role and its legal basis where known
 * @param regions where it works: {@code FLANDERS}, {@code BRUSSELS} or provinces
 * @param languages languages it serves its public in ({@code nl}, {@code fr}, {@code en})
 * @param audiences not given by the role map (empty); present so that one filter works over all kinds
 * @param steps not given by the role map (empty); see the stakeholder's services for steps
 * @param contact organisational channels only: never a person's name, address or number
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StakeholderDocument(String kind, String id, Localized name, String type, Localized description,
		List<Role> roles, List<String> regions, List<String> sectors, List<String> languages, List<String> audiences,
		List<String> steps, Contact contact, Suggest suggest, boolean sample, String updatedAt, Provenance provenance) {

	public static final String KIND = "stakeholders";

	public static final List<String> TYPES = List.of("PARTNERSHIP", "SECTORAL_PARTNERSHIP", "GOVERNMENT_DEPARTMENT",
			"AGENCY", "PUBLIC_EMPLOYMENT_SERVICE", "TRAINING_PROVIDER_NETWORK", "RTC", "PUPIL_GUIDANCE", "SECTOR_FUND",
			"BRUSSELS_SERVICE", "EDUCATION_PROVIDER_NETWORK", "SOCIAL_PARTNER");

	public static final List<String> ROLES = List.of("COORDINATE_DUAL_SYSTEM", "RECOGNISE_WORKPLACES",
			"SET_POLICY_EDUCATION", "SET_POLICY_WORK", "CERTIFY_QUALIFICATIONS", "REGISTER_AGREEMENTS", "PAY_PREMIUMS",
			"MATCH_LEARNERS_WORKPLACES", "GUIDE_PUPILS", "INFORM_ORIENT", "TRAIN_MENTORS", "SUPPORT_SCHOOLS_TECH",
			"ORGANISE_TRAINING", "SECTOR_EXPERTISE", "BRUSSELS_ALIGNMENT", "ALTERNANCE_FRENCH_SIDE",
			"COMMUNICATE_DUAL_LEARNING");

	/** The catalogue's sector codes, shared by programmes, stakeholders, services and content. */
	public static final List<String> SECTORS = List.of("bouw", "elektrotechniek", "technologische-industrie",
			"hout-meubel", "horeca", "voeding", "handel", "auto", "logistiek-transport", "zorg-welzijn",
			"haarzorg-schoonheid", "land-tuinbouw", "schoonmaak", "chemie-kunststof", "textiel-confectie",
			"grafische-media", "bedienden-administratie");

	/** The catalogue's languages, shared by every kind. */
	public static final List<String> LANGUAGES = List.of("nl", "fr", "en");

	/**
	 * A role in the role map.
	 *
	 * @param role one of {@link StakeholderDocument#ROLES}
	 * @param legalBasis the decree or agreement the role rests on, where known
	 */
	public record Role(String role, Localized description, String legalBasis) {
	}

	/** How to reach the organisation: its website, a functional mailbox, a switchboard number. */
	public record Contact(String website, String email, String phone) {
	}

}
