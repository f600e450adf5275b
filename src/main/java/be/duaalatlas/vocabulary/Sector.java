package be.duaalatlas.vocabulary;

/**
 * The catalogue's sectors, shared by programmes, workplaces, stakeholders, services and
 * texts. The schema passes them as their codes ({@code bouw}), which are not GraphQL enum
 * names.
 */
public enum Sector implements Coded {

	BOUW("bouw"), ELEKTROTECHNIEK("elektrotechniek"), TECHNOLOGISCHE_INDUSTRIE("technologische-industrie"),
	HOUT_MEUBEL("hout-meubel"), HORECA("horeca"), VOEDING("voeding"), HANDEL("handel"), AUTO("auto"),
	LOGISTIEK_TRANSPORT("logistiek-transport"), ZORG_WELZIJN("zorg-welzijn"),
	HAARZORG_SCHOONHEID("haarzorg-schoonheid"), LAND_TUINBOUW("land-tuinbouw"), SCHOONMAAK("schoonmaak"),
	CHEMIE_KUNSTSTOF("chemie-kunststof"), TEXTIEL_CONFECTIE("textiel-confectie"), GRAFISCHE_MEDIA("grafische-media"),
	BEDIENDEN_ADMINISTRATIE("bedienden-administratie");

	private final String code;

	Sector(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
