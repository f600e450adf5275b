package be.duaalatlas.search;

/**
 * Orders of hits; the GraphQL enums {@code SearchSort} and {@code WorkplaceSort} each
 * bind to some of them.
 */
public enum Sort {

	/** Best match first; without text, nearest first when near is given. */
	RELEVANCE,

	/** Nearest first; needs near. */
	DISTANCE,

	/** Alphabetically by Dutch name. */
	NAME,

	/** Most recently changed first. */
	LAST_UPDATE,

	/** Workplaces looking for a learner first, then the nearest. */
	LOOKING_FIRST,

	/** Most recently confirmed by the company first. */
	LAST_CONFIRMED

}
