package be.duaalatlas.vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * The names of an enum's constants: what an adapter accepts for a closed set written by
 * its names.
 */
public final class Enums {

	private Enums() {
	}

	public static List<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

}
