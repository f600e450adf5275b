package be.duaalatlas.place;

import java.util.List;
import java.util.Map;

import be.duaalatlas.index.Localized;

/** The provinces of Flanders and the Brussels region, with the RTC that serves each province. */
public final class Provinces {

	public static final List<String> FLEMISH = List.of("ANTWERPEN", "LIMBURG", "OOST_VLAANDEREN", "VLAAMS_BRABANT",
			"WEST_VLAANDEREN");

	/** Every value a region filter may take. */
	public static final List<String> REGION_CODES = List.of("FLANDERS", "BRUSSELS", "ANTWERPEN", "LIMBURG",
			"OOST_VLAANDEREN", "VLAAMS_BRABANT", "WEST_VLAANDEREN");

	public static final Map<String, Localized> NAMES = Map.of(
			"ANTWERPEN", new Localized("Antwerpen", "Anvers", "Antwerp"),
			"LIMBURG", new Localized("Limburg", "Limbourg", "Limburg"),
			"OOST_VLAANDEREN", new Localized("Oost-Vlaanderen", "Flandre-Orientale", "East Flanders"),
			"VLAAMS_BRABANT", new Localized("Vlaams-Brabant", "Brabant flamand", "Flemish Brabant"),
			"WEST_VLAANDEREN", new Localized("West-Vlaanderen", "Flandre-Occidentale", "West Flanders"),
			"BRUSSELS", new Localized("Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale",
					"Brussels-Capital Region"));

	private Provinces() {
	}

	public static String rtcArea(String province) {
		return FLEMISH.contains(province) ? "rtc-" + province.toLowerCase().replace('_', '-') : null;
	}

	public static String region(String province) {
		return "BRUSSELS".equals(province) ? "BRUSSELS" : "FLANDERS";
	}

}
