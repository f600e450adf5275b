package be.duaalatlas.vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * The two regions the catalogue covers and the five Flemish provinces; indexed by their
 * names.
 */
public enum Region {

	FLANDERS(null), BRUSSELS(null), ANTWERPEN(FLANDERS), LIMBURG(FLANDERS), OOST_VLAANDEREN(FLANDERS),
	VLAAMS_BRABANT(FLANDERS), WEST_VLAANDEREN(FLANDERS);

	private final Region partOf;

	Region(Region partOf) {
		this.partOf = partOf;
	}

	/** The region a province is part of; null for a region. */
	public Region partOf() {
		return partOf;
	}

	public boolean isFlemishProvince() {
		return partOf == FLANDERS;
	}

	public static List<Region> flemishProvinces() {
		return Arrays.stream(values()).filter(Region::isFlemishProvince).toList();
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Region::name).toList();
	}

}
