package be.duaalatlas.index;

/**
 * One thing the service must have done against the engine before it serves: checked its
 * indices, loaded the sample catalogue. {@link CatalogueConvergence} runs the steps in
 * their {@code @Order} at start and again after every engine outage, so each step must be
 * idempotent and cheap when nothing is missing.
 */
public interface ConvergenceStep {

	/** What the step does, for the log and health, e.g. "sample catalogue". */
	String name();

	/**
	 * Brings this part of the catalogue where it should be; throws when it could not (the
	 * step runs again later).
	 */
	void converge();

}
