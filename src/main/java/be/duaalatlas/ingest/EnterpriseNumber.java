package be.duaalatlas.ingest;

/**
 * The rule of Belgian enterprise numbers (KBO/BCE, "ondernemingsnummer"): ten digits
 * written {@code 0123.456.749}, starting with 0 or 1, whose last two digits are 97 minus
 * the first eight modulo 97. A number that fails the check was mistyped somewhere, and a
 * partner app would not find the company with it.
 */
public final class EnterpriseNumber {

	private EnterpriseNumber() {
	}

	/** Why the text is not a valid enterprise number, or null when it is. */
	public static String problem(String number) {
		if (number == null || !number.matches("[01]\\d{3}\\.\\d{3}\\.\\d{3}")) {
			return "enterprise_number '" + number + "' is not a KBO number like 0123.456.749";
		}
		String digits = number.replace(".", "");
		int expected = checkDigits(Long.parseLong(digits.substring(0, 8)));
		int given = Integer.parseInt(digits.substring(8));
		if (expected != given) {
			return "enterprise_number '" + number + "' has check digits " + String.format("%02d", given)
					+ " where its first eight digits give " + String.format("%02d", expected)
					+ " (97 minus their remainder by 97): a typing error?";
		}
		return null;
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

}
