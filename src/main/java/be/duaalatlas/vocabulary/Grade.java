package be.duaalatlas.vocabulary;

/**
 * Grade (graad) or track of a programme; the programme offer writes the grades as
 * {@code 2} and {@code 3}.
 */
public enum Grade implements Coded {

	GRADE_2("2"), GRADE_3("3"), SE_N_SE("SE_N_SE"), BUSO_OV3("BUSO_OV3"), BUSO_OV4("BUSO_OV4");

	private final String code;

	Grade(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
