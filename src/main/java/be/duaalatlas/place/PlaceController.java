package be.duaalatlas.place;

import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.vocabulary.Language;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Places by postcode, from the in-memory gazetteer. */
@Controller
class PlaceController {

	private final Gazetteer gazetteer;

	PlaceController(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@QueryMapping
	Place place(@Argument String postcode, @Argument Language lang, DataFetchingEnvironment env) {
		String language = Languages.of(lang, env);
		Gazetteer.Area area = gazetteer.postcode(postcode.strip())
			.orElseThrow(() -> new NotFoundException("postcode",
					"unknown postcode '" + postcode + "': not a postcode of Flanders or Brussels"));
		PlaceDocument first = gazetteer.all()
			.stream()
			.filter(p -> p.postcode().equals(area.postcode()))
			.findFirst()
			.orElseThrow();
		Place place = Place.of(first, language);
		return new Place(place.id(), place.postcode(), place.name(), place.province(), place.rtcArea(), area.centre(),
				language);
	}

}
