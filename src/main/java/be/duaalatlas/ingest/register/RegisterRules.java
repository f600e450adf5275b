package be.duaalatlas.ingest.register;

import java.util.Map;

import be.duaalatlas.ingest.EnterpriseNumber;

/**
 * Rules of the recognition register's columns that hold whether a value comes from the
 * register's export or from a write through the API (one rule, not two). Each returns a
 * readable reason, or null when the value is fine.
 */
public final class RegisterRules {

	private RegisterRules() {
	}

	public static String enterpriseNumber(Map<String, String> row) {
		return EnterpriseNumber.problem(row.get("enterprise_number"));
	}

	public static String establishmentNumber(Map<String, String> row) {
		String value = row.get("establishment_number");
		return value == null || value.matches("[2-8]\\.\\d{3}\\.\\d{3}\\.\\d{3}") ? null
				: "establishment_number '" + value + "' is not an establishment unit number like 2.123.456.789";
	}

}
