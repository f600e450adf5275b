package be.duaalatlas.vocabulary;

import java.util.Locale;

/**
 * The languages the catalogue is written in; sources and the index write them as
 * {@code nl}, {@code fr}, {@code en}.
 */
public enum Language implements Coded {

	NL, FR, EN;

	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
