package be.duaalatlas.graphql;

/**
 * A page that knows how many hits its query has in all, whatever its type, so a field
 * under any connection can tell an empty page.
 */
public interface Counted {

	long totalCount();

}
