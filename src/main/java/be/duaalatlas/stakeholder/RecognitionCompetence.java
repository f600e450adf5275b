package be.duaalatlas.stakeholder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.JointCommittees;
import be.duaalatlas.vocabulary.Sector;

/**
 * In which sectors a recognising body may record, renew and withdraw recognitions, from
 * the role map: a body that holds the role of recognising workplaces
 * ({@link EcosystemRole#RECOGNISE_WORKPLACES}) in the sectors the role map gives it; the
 * Vlaams Partnerschap Duaal Leren in every sector no such body covers ("where no
 * partnership is competent"); any other organisation in none.
 */
public final class RecognitionCompetence {

	private RecognitionCompetence() {
	}

	/** The sector codes {@code body} is competent for. */
	public static Set<String> sectorsOf(String body, List<StakeholderDocument> roleMap) {
		List<StakeholderDocument> recognising = roleMap.stream().filter(RecognitionCompetence::recognises).toList();
		if (JointCommittees.FLEMISH_PARTNERSHIP.equals(body)) {
			Set<String> uncovered = new LinkedHashSet<>(Coded.codes(Sector.class));
			recognising.stream()
				.filter(s -> !s.id().equals(body) && s.sectors() != null)
				.forEach(s -> uncovered.removeAll(s.sectors()));
			return uncovered;
		}
		return recognising.stream()
			.filter(s -> s.id().equals(body) && s.sectors() != null)
			.findFirst()
			.map(s -> Set.copyOf(s.sectors()))
			.orElse(Set.of());
	}

	private static boolean recognises(StakeholderDocument stakeholder) {
		return stakeholder.roles() != null && stakeholder.roles()
			.stream()
			.anyMatch(role -> EcosystemRole.RECOGNISE_WORKPLACES.name().equals(role.role()));
	}

}
