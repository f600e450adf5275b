package be.duaalatlas.workplace;

import be.duaalatlas.search.Availability;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A company's "looking for a learner" as the public sees it: what it said while the
 * statement holds ({@link Availability}), unknown (null) once it is too old to trust, the
 * same rule the filters, facets and the looking-first order use.
 */
@Controller
class LookingForLearnerController {

	private final Availability availability;

	LookingForLearnerController(Availability availability) {
		this.availability = availability;
	}

	@SchemaMapping(typeName = "Workplace", field = "lookingForLearner")
	Boolean lookingForLearner(Workplace workplace) {
		return availability.lookingForLearner(workplace.lookingForLearner(), workplace.lastConfirmed());
	}

}
