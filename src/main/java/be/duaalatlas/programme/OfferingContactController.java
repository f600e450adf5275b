package be.duaalatlas.programme;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Localized;
import be.duaalatlas.programme.OfferingDocument.Contact;
import be.duaalatlas.programme.OfferingDocument.Provider;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * How to act on an offering: the school's public contact and, in words, where to enrol.
 * Every offering has one (the import rejects an offering without any contact route), so a
 * pupil who finds a programme near home is never left without a next step.
 */
@Controller
class OfferingContactController {

	static final Contact NONE = new Contact(null, null, null, null);

	@SchemaMapping(typeName = "Provider", field = "contact")
	Contact providerContact(Provider provider) {
		return provider.contact() == null ? NONE : provider.contact();
	}

	@SchemaMapping(typeName = "Offering", field = "contact")
	Contact contact(Offering offering) {
		return providerContact(offering.provider());
	}

	@SchemaMapping(typeName = "Offering", field = "howToEnrol")
	Text howToEnrol(Offering offering) {
		Contact c = providerContact(offering.provider());
		String where = c.enrolmentUrl() != null ? c.enrolmentUrl()
				: c.website() != null ? c.website() : c.email() != null ? c.email() : c.phone();
		String school = offering.provider().name();
		String via = where == null ? "" : " (" + where + ")";
		return Text.ours(new Localized(
				"Inschrijven doe je bij " + school + via + ". Twijfel je over je keuze? Het CLB van je school helpt je "
						+ "gratis.",
				"Tu t'inscris auprès de " + school + via + ". Tu hésites ? Le CLB (centre d'accompagnement des élèves) "
						+ "de ton école t'aide gratuitement.",
				"You enrol at " + school + via + ". Not sure what to choose? The pupil guidance centre (CLB) of your "
						+ "school helps you for free."),
				offering.lang());
	}

}
