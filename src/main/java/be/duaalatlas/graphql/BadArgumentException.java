package be.duaalatlas.graphql;

/**
 * A GraphQL argument that cannot be used; reported as BAD_REQUEST with the argument's
 * name.
 */
public class BadArgumentException extends RuntimeException {

	private final String argument;

	public BadArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}

}
