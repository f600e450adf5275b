package be.duaalatlas.vocabulary;

/** Finality of a programme; the programme offer writes it in Dutch. */
public enum Finality implements Coded {

	/** Arbeidsmarktfinaliteit: prepares for a job. */
	LABOUR_MARKET("ARBEIDSMARKT"),

	/** Dubbele finaliteit: prepares for a job and for higher education. */
	DOUBLE("DUBBEL");

	private final String code;

	Finality(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
