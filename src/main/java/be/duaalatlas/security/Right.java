package be.duaalatlas.security;

/**
 * What a token lets its holder do, always for the organisation the token names
 * ({@code org} claim). The token's {@code rights} claim holds these names; one enum from
 * token to check.
 */
public enum Right {

	/**
	 * A company (or sole trader): the self-managed fields and the listing of its own
	 * establishments.
	 */
	WORKPLACES,

	/** A recognising body: recognitions within its own sectors. */
	RECOGNITIONS,

	/** A training provider: its own offerings. */
	OFFERINGS,

	/**
	 * A stakeholder: its own support services and the description of its roles in the
	 * role map.
	 */
	STAKEHOLDER,

	/** An editor of the communication strategy: key messages and good practices. */
	CONTENT,

	/**
	 * An administrator: reads every organisation's audit entries (others read their own).
	 */
	AUDIT,

	/** Operations: health details. */
	MANAGEMENT

}
