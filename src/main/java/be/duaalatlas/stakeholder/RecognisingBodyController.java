package be.duaalatlas.stakeholder;

import java.util.List;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Localized;
import be.duaalatlas.search.Documents;
import be.duaalatlas.vocabulary.JointCommittees;
import be.duaalatlas.vocabulary.Language;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * "Who recognises my company as a workplace?": routing by joint committee, and each
 * partnership's committees.
 */
@Controller
class RecognisingBodyController {

	private final Documents documents;

	RecognisingBodyController(Documents documents) {
		this.documents = documents;
	}

	/** The GraphQL {@code RecognisingBody}. */
	record RecognisingBody(String jointCommittee, String jointCommitteeName, boolean sectoral, Stakeholder partnership,
			Text explanation) {
	}

	@QueryMapping
	RecognisingBody recognisingBody(@Argument String jointCommittee, @Argument Language lang,
			DataFetchingEnvironment env) {
		String code = jointCommittee == null ? null : jointCommittee.strip();
		String problem = JointCommittees.problem(code);
		if (problem != null) {
			throw new BadArgumentException("jointCommittee", problem.replace("joint_committee", "jointCommittee"));
		}
		String language = Languages.of(lang, env);
		JointCommittees.Committee committee = JointCommittees.committee(code);
		String id = JointCommittees.recognisingBody(code);
		Stakeholder partnership = documents.byId(StakeholderDocument.KIND, id, StakeholderDocument.class)
			.map(doc -> Stakeholder.of(doc, language))
			.orElseThrow(() -> new NotFoundException("jointCommittee",
					"the recognising body '" + id + "' is not in the role map"));
		Localized explanation = committee != null ? new Localized("Ondernemingen van paritair comité " + code + " ("
				+ committee.name() + ") worden erkend "
				+ "door het bevoegde sectoraal partnerschap, in delegatie van het Vlaams Partnerschap Duaal Leren. "
				+ "De aanvraag loopt via het digitale loket Werkplekduaal, dat ze automatisch doorstuurt.", null,
				"Companies of joint committee " + code + " (" + committee.name() + ") are recognised by the "
						+ "competent sectoral partnership, by delegation of the Flemish Partnership for Dual "
						+ "Learning. The request goes through the Werkplekduaal counter, which forwards it.")
				: new Localized("Voor paritair comité " + code + " is geen sectoraal partnerschap bevoegd: het Vlaams "
						+ "Partnerschap Duaal Leren erkent zelf. De aanvraag loopt via het digitale loket Werkplekduaal.",
						null,
						"No sectoral partnership is competent for joint committee " + code
								+ ": the Flemish Partnership "
								+ "for Dual Learning recognises itself. The request goes through the Werkplekduaal counter.");
		return new RecognisingBody(code, committee == null ? null : committee.name(), committee != null, partnership,
				Text.ours(explanation, language));
	}

	@SchemaMapping(typeName = "Stakeholder", field = "jointCommittees")
	List<String> jointCommittees(Stakeholder stakeholder) {
		return JointCommittees.of(stakeholder.key());
	}

}
