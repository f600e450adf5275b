package be.duaalatlas.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A value of a closed set that the sources and the index write as a code ({@code nl},
 * {@code bouw}, {@code DUBBEL}) while the schema names it by its enum constant.
 */
public interface Coded {

	/** How sources and the index write it. */
	String code();

	/** Every code of an enum, in declaration order: what an adapter accepts. */
	static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
	}

	/** The value an indexed or source code stands for, if any. */
	static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
	}

}
