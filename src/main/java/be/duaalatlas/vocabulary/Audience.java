package be.duaalatlas.vocabulary;

/** Who a service or a text is for. */
public enum Audience {

	PUPIL, PARENT, SCHOOL, COMPANY, MENTOR

}
