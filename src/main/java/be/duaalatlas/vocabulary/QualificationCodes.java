package be.duaalatlas.vocabulary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official codes of professional qualifications (beroepskwalificaties) in the Flemish
 * qualifications database (kwalificatiedatabank, AKOV): the dossier number
 * {@code BK-0357}, which the database writes with the version after it
 * ({@code BK-0357-2}). Only the codes the catalogue found in a public source it can cite
 * are known (the table {@code catalogue/programmes/qualification-codes.tsv}, its sources
 * in that folder's SOURCE.md); every other qualification has none: a guessed code would
 * send a partner app to another qualification.
 */
public final class QualificationCodes {

	static final String TABLE = "catalogue/programmes/qualification-codes.tsv";

	/** A code as people write it: {@code BK-0357}, {@code BK0357}, {@code bk 0357-2}. */
	private static final Pattern TYPED = Pattern.compile("BK[\\s-]?(\\d{4})(-\\d{1,2})?");

	private static final Map<String, String> BY_QUALIFICATION = load();

	private QualificationCodes() {
	}

	/**
	 * The code of a qualification (by its catalogue id), when a public source gave it.
	 */
	public static Optional<String> of(String qualificationId) {
		return Optional.ofNullable(BY_QUALIFICATION.get(qualificationId));
	}

	/**
	 * The catalogue id of the qualification with this code, when the catalogue knows it.
	 */
	public static Optional<String> qualificationOf(String code) {
		return BY_QUALIFICATION.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(code))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * A code as a person may type it, in the written form {@code BK-0357} (a version
	 * after it is dropped: the dossier is the same qualification), or empty when the text
	 * is no such code.
	 */
	public static Optional<String> read(String typed) {
		if (typed == null || typed.length() > 20) {
			return Optional.empty();
		}
		Matcher matcher = TYPED.matcher(typed.strip().toUpperCase(Locale.ROOT));
		return matcher.matches() ? Optional.of("BK-" + matcher.group(1)) : Optional.empty();
	}

	private static Map<String, String> load() {
		Map<String, String> codes = new LinkedHashMap<>();
		ClasspathTable.read(TABLE, (f, line) -> {
			if (f.length != 4 || !f[2].matches("BK-\\d{4}") || codes.containsKey(f[0]) || codes.containsValue(f[2])
					|| f[3].isBlank()) {
				throw new IllegalStateException(TABLE + ":" + line + ": expected a new qualification id, its "
						+ "Dutch name, a new code like BK-0357 and where it was seen, separated by tabs");
			}
			codes.put(f[0], f[2]);
		});
		return Collections.unmodifiableMap(codes);
	}

}
