package be.duaalatlas.vocabulary;

/** The status of a workplace's recognition, as the recognition register says. */
public enum RecognitionStatus {

	ACTIVE, WITHDRAWN, EXPIRED

}
