package be.duaalatlas.graphql;

import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request refused for a reason the caller can act on: reported with its classification
 * (UNAUTHORIZED, FORBIDDEN, CONFLICT, ...) and, where one input is at fault, that input's
 * name in {@code extensions.argument}.
 */
public class RefusedException extends RuntimeException {

	private final ErrorClassification classification;

	private final String argument;

	public RefusedException(ErrorClassification classification, String argument, String message) {
		super(message);
		this.classification = classification;
		this.argument = argument;
	}

	public static RefusedException unauthorized(String message) {
		return new RefusedException(ErrorType.UNAUTHORIZED, null, message);
	}

	public static RefusedException forbidden(String message) {
		return new RefusedException(ErrorType.FORBIDDEN, null, message);
	}

	public static RefusedException conflict(String argument, String message) {
		return new RefusedException(WriteErrorType.CONFLICT, argument, message);
	}

	public ErrorClassification classification() {
		return classification;
	}

	public String argument() {
		return argument;
	}

}
