package be.duaalatlas.engine;

/** The embedded engine could not start; the message says why and what to do about it. */
public class EngineStartException extends RuntimeException {

	EngineStartException(String message) {
		super(message);
	}

	EngineStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
