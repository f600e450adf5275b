package be.duaalatlas.place;

import java.util.Comparator;
import java.util.List;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.Text;
import be.duaalatlas.place.PlaceDocument.FormerMunicipality;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.vocabulary.Language;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Places by postcode and municipalities by name or REFNIS code, from the in-memory
 * gazetteer.
 */
@Controller
class PlaceController {

	static final int MAX_NAME = 100;

	private final Gazetteer gazetteer;

	PlaceController(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@QueryMapping
	Place place(@Argument String postcode, @Argument Language lang, DataFetchingEnvironment env) {
		String language = Languages.of(lang, env);
		String code = postcode.strip();
		Gazetteer.Area area = gazetteer.postcode(code)
			.orElseThrow(() -> new NotFoundException("postcode",
					"unknown postcode '" + shorten(postcode) + "': not a postcode of Flanders or Brussels"));
		List<PlaceDocument> places = gazetteer.all()
			.stream()
			.filter(p -> p.postcode().equals(code))
			.sorted(Comparator.comparing(PostcodeAreas::line))
			.toList();
		return Place.of(area, places, language);
	}

	@QueryMapping
	MunicipalityView municipality(@Argument String name, @Argument String nisCode, @Argument Language lang,
			DataFetchingEnvironment env) {
		String language = Languages.of(lang, env);
		if ((name == null) == (nisCode == null)) {
			throw new BadArgumentException("name", "give exactly one of name or nisCode");
		}
		if (name != null && (name.isBlank() || name.length() > MAX_NAME)) {
			throw new BadArgumentException("name", "name must have 1 to " + MAX_NAME + " characters");
		}
		if (nisCode != null && !nisCode.strip().matches("\\d{5}")) {
			throw new BadArgumentException("nisCode",
					"nisCode is a REFNIS code of 5 digits, was '" + shorten(nisCode) + "'");
		}
		Gazetteer.Found found = (name != null ? gazetteer.findMunicipality(name)
				: gazetteer.municipalityByNis(nisCode.strip()))
			.orElseThrow(() -> new NotFoundException(name != null ? "name" : "nisCode",
					"unknown municipality '" + shorten(name != null ? name : nisCode)
							+ "' in Flanders or Brussels (give its Dutch or French "
							+ "name, a former municipality's name or a REFNIS code)"));
		return MunicipalityView.of(found.municipality(), found.asFormer(), language);
	}

	@SchemaMapping(typeName = "Place", field = "municipality")
	MunicipalityView municipality(Place place) {
		Municipality municipality = gazetteer.municipalities().get(place.municipalityNis());
		return municipality == null ? null : MunicipalityView.of(municipality, null, place.lang());
	}

	@SchemaMapping(typeName = "Place", field = "sharedWith")
	List<MunicipalityView> sharedWith(Place place) {
		return place.sharedWithNis()
			.stream()
			.map(gazetteer.municipalities()::get)
			.filter(m -> m != null)
			.map(m -> MunicipalityView.of(m, null, place.lang()))
			.toList();
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	/** The GraphQL {@code Municipality}. */
	record MunicipalityView(String nisCode, Text name, String province, String rtcArea, List<String> postcodes,
			GeoPoint centre, List<FormerView> formerMunicipalities, FormerView foundAsFormer) {

		static MunicipalityView of(Municipality m, FormerMunicipality asFormer, String lang) {
			return new MunicipalityView(m.nis(), Text.official(m.name(), lang, "nl", "fr"), m.province(), m.rtcArea(),
					m.postcodes(), m.centre(), m.former().stream().map(f -> FormerView.of(f, m, lang)).toList(),
					asFormer == null ? null : FormerView.of(asFormer, m, lang));
		}

	}

	/** The GraphQL {@code FormerMunicipality}. */
	record FormerView(String nisCode, Text name, String mergedOn, String mergedIntoNisCode) {

		static FormerView of(FormerMunicipality f, Municipality into, String lang) {
			return new FormerView(f.nis(), Text.official(f.name(), lang, "nl", "fr"), f.mergedOn(), into.nis());
		}

	}

}
