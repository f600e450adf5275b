package be.duaalatlas.vocabulary;

import java.util.Locale;

/**
 * The numbers of the Crossroads Bank for Enterprises (KBO/BCE), the one home of their
 * rules. An enterprise number (ondernemingsnummer) is ten digits written
 * {@code 0123.456.749}, starting with 0 or 1, whose last two digits are 97 minus the
 * first eight modulo 97: a number that fails the check was mistyped somewhere, and a
 * partner app would not find the company with it. An establishment unit number
 * (vestigingseenheidsnummer) is ten digits written {@code 2.123.456.789}, starting with 2
 * to 8. The import holds the register's numbers to the written form the index keeps
 * ({@link #enterpriseProblem}, {@link #establishmentProblem}); what a person types in a
 * search box or a filter ({@code 0123456749}, {@code BE 0123.456.749},
 * {@code 123.456.749}) is read into that same form by {@link #readEnterprise} and
 * {@link #readEstablishment}, so that every writing finds the same records.
 */
public final class KboNumber {

	/**
	 * The longest text read as a number: the usual writings ({@code BE 0123.456.749}) are
	 * shorter, and a filter argument is bounded by it.
	 */
	public static final int MAX_TYPED = 20;

	private KboNumber() {
	}

	/**
	 * A typed number read: the number in the index's written form, or why it is none.
	 */
	public record Reading(String number, String problem) {

		public boolean valid() {
			return number != null;
		}

	}

	/** What is said of a text that is not an establishment unit number. */
	public static final String NOT_AN_ESTABLISHMENT_NUMBER = "is not an establishment unit number like 2.123.456.789";

	/**
	 * The register's rule: what is wrong with the text as an enterprise number (said of
	 * it: "is not …", "has check digits …"), or null.
	 */
	public static String enterpriseProblem(String number) {
		if (number == null || !number.matches("[01]\\d{3}\\.\\d{3}\\.\\d{3}")) {
			return "is not a KBO number like 0123.456.749";
		}
		return checkDigitProblem(number.replace(".", ""));
	}

	/**
	 * The register's rule: what is wrong with the text as an establishment unit number,
	 * or null.
	 */
	public static String establishmentProblem(String number) {
		return number == null || number.matches("[2-8]\\.\\d{3}\\.\\d{3}\\.\\d{3}") ? null
				: NOT_AN_ESTABLISHMENT_NUMBER;
	}

	/**
	 * An enterprise number as a person may type it: with or without dots, spaces or
	 * dashes, with the {@code BE} of a VAT number, or in the nine digits of the years
	 * before the leading 0 was written.
	 */
	public static Reading readEnterprise(String typed) {
		String digits = digits(typed);
		if (digits != null && digits.length() == 9) {
			digits = "0" + digits;
		}
		if (digits == null || !digits.matches("[01]\\d{9}")) {
			return new Reading(null, "'" + bounded(typed)
					+ "' is not an enterprise number (KBO): ten digits starting with 0 or 1, like 0123.456.749");
		}
		String number = digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
		String problem = checkDigitProblem(digits);
		return problem == null ? new Reading(number, null)
				: new Reading(null, "enterprise number '" + number + "' " + problem);
	}

	/**
	 * An establishment unit number as a person may type it: with or without dots, spaces
	 * or dashes.
	 */
	public static Reading readEstablishment(String typed) {
		String digits = digits(typed);
		if (digits == null || !digits.matches("[2-8]\\d{9}")) {
			return new Reading(null, "'" + bounded(typed)
					+ "' is not an establishment unit number (KBO): ten digits starting with 2 to 8, like 2.123.456.789");
		}
		return new Reading(digits.charAt(0) + "." + digits.substring(1, 4) + "." + digits.substring(4, 7) + "."
				+ digits.substring(7), null);
	}

	/** The check digits of an enterprise number's first eight digits. */
	public static int checkDigits(long firstEight) {
		return (int) (97 - firstEight % 97);
	}

	/**
	 * A valid enterprise number made of eight digits (0 to 19,999,999) and their check
	 * digits.
	 */
	public static String of(long firstEight) {
		String digits = String.format("%08d%02d", firstEight, checkDigits(firstEight));
		return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
	}

	private static String checkDigitProblem(String digits) {
		int expected = checkDigits(Long.parseLong(digits.substring(0, 8)));
		int given = Integer.parseInt(digits.substring(8));
		if (expected != given) {
			return "has check digits " + String.format("%02d", given) + " where its first eight digits give "
					+ String.format("%02d", expected) + " (97 minus their remainder by 97): a typing error?";
		}
		return null;
	}

	/** The digits of a typed number, or null when it has other characters. */
	private static String digits(String typed) {
		if (typed == null || typed.length() > MAX_TYPED) {
			return null;
		}
		String text = typed.strip().toUpperCase(Locale.ROOT);
		if (text.startsWith("BE")) {
			text = text.substring(2);
		}
		text = text.replaceAll("[.\\s-]", "");
		return text.matches("\\d+") ? text : null;
	}

	private static String bounded(String typed) {
		return typed == null ? "" : typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) + "…" : typed;
	}

}
