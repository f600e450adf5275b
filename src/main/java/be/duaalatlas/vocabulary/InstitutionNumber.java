package be.duaalatlas.vocabulary;

/**
 * The school number (instellingsnummer) the Flemish Department of Education gives every
 * school, centre and campus it recognises: six digits ({@code 012345}, leading zeros
 * written). The one rule for it: the offerings import checks a provider's number with it,
 * and a search or filter reads what a person typed ({@code 012 345}) into the same six
 * digits.
 */
public final class InstitutionNumber {

	/** The longest text read as a number; a filter argument is bounded by it. */
	public static final int MAX_TYPED = 20;

	private InstitutionNumber() {
	}

	/**
	 * The number in its written form (six digits), or null when the typed text is none.
	 */
	public static String read(String typed) {
		if (typed == null || typed.length() > MAX_TYPED) {
			return null;
		}
		String digits = typed.replaceAll("[.\\s]", "");
		return digits.matches("\\d{6}") ? digits : null;
	}

	/** Why the text is not a school number, or null when it is one. */
	public static String problem(String typed) {
		return read(typed) != null ? null
				: "'" + (typed == null ? "" : typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) + "…" : typed)
						+ "' is not a school number (instellingsnummer): six digits, like 012345";
	}

}
