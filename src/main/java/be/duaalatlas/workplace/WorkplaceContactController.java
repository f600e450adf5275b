package be.duaalatlas.workplace;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Localized;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * How a pupil or a school gets in touch with a workplace. The register holds no public
 * channel of a company and the catalogue never shows a person's data, so the route is the
 * school's trajectory coach or the partnership that recognised the workplace; a sole
 * trader (a natural person) is only ever reached that way.
 */
@Controller
class WorkplaceContactController {

	private static final Localized LEGAL_ENTITY = new Localized(
			"Via de trajectbegeleider van je school, die bedrijven contacteert voor een overeenkomst, of via het "
					+ "partnerschap dat deze werkplek erkende (zie de erkenningen).",
			"Par l'accompagnateur de trajet de ton école, qui contacte les entreprises pour un contrat, ou par le "
					+ "partenariat qui a agréé ce lieu de formation (voir les agréments).",
			"Through your school's trajectory coach, who contacts companies for an agreement, or through the "
					+ "partnership that recognised this workplace (see its recognitions).");

	private static final Localized SOLE_TRADER = new Localized(
			"Dit is een eenmanszaak: ze is alleen bereikbaar via de trajectbegeleider van je school of via het "
					+ "partnerschap dat de werkplek erkende (zie de erkenningen), nooit rechtstreeks.",
			"C'est une entreprise individuelle : on ne la joint que par l'accompagnateur de trajet de ton école ou par "
					+ "le partenariat qui a agréé ce lieu de formation (voir les agréments), jamais directement.",
			"This is a sole trader: it is reached only through your school's trajectory coach or through the "
					+ "partnership that recognised the workplace (see its recognitions), never directly.");

	@SchemaMapping(typeName = "Workplace", field = "howToGetInTouch")
	Text howToGetInTouch(Workplace workplace) {
		return Text.ours(workplace.enterpriseNumber() == null ? SOLE_TRADER : LEGAL_ENTITY, workplace.lang());
	}

}
