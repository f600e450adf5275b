package be.duaalatlas.place;

import java.util.List;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.vocabulary.Region;

/**
 * The provinces of Flanders and the Brussels region: their names and the RTC that serves
 * each province.
 */
public final class Provinces {

	/** The Flemish provinces' names, as indexed. */
	public static final List<String> FLEMISH = Region.flemishProvinces().stream().map(Region::name).toList();

	public static final Map<String, Localized> NAMES = Map.of("ANTWERPEN",
			new Localized("Antwerpen", "Anvers", "Antwerp"), "LIMBURG", new Localized("Limburg", "Limbourg", "Limburg"),
			"OOST_VLAANDEREN", new Localized("Oost-Vlaanderen", "Flandre-Orientale", "East Flanders"), "VLAAMS_BRABANT",
			new Localized("Vlaams-Brabant", "Brabant flamand", "Flemish Brabant"), "WEST_VLAANDEREN",
			new Localized("West-Vlaanderen", "Flandre-Occidentale", "West Flanders"), "BRUSSELS",
			new Localized("Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale", "Brussels-Capital Region"));

	private Provinces() {
	}

	public static String rtcArea(String province) {
		return FLEMISH.contains(province) ? "rtc-" + province.toLowerCase().replace('_', '-') : null;
	}

	/** The region (FLANDERS or BRUSSELS) of a province or of Brussels. */
	public static String region(String province) {
		Region region = Region.valueOf(province);
		return (region.partOf() == null ? region : region.partOf()).name();
	}

}
