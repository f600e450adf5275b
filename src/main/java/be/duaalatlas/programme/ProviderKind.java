package be.duaalatlas.programme;

/** What kind of training provider offers a programme at a location. */
public enum ProviderKind {

	/** A secondary school. */
	SECONDARY_SCHOOL,

	/** A centre for part-time education (centrum voor deeltijds onderwijs). */
	CDO,

	/** A Syntra campus (entrepreneurship training). */
	SYNTRA,

	/** A school for special secondary education (buitengewoon secundair onderwijs). */
	BUSO,

	/** A centre for adult education (centrum voor volwassenenonderwijs). */
	CVO

}
