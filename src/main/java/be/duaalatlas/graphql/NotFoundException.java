package be.duaalatlas.graphql;

/** An id or code that names nothing in the catalogue; reported as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}

}
