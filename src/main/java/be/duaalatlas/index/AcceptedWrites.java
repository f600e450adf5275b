package be.duaalatlas.index;

/**
 * Writes accepted through the API after the files of their kind were imported. A full
 * import rebuilds an index from files alone, so it hands the new index to these before
 * and after the alias switch; otherwise it would silently drop them.
 */
public interface AcceptedWrites {

	/**
	 * Applies every accepted write of a kind, in order, to a newly loaded index that is
	 * not live yet.
	 * @return the position of the last write applied, for {@link #catchUp}
	 */
	long reapply(String kind, String index);

	/**
	 * After the alias switched: applies the writes accepted since {@code after} that the
	 * new index may lack.
	 */
	void catchUp(String kind, long after);

}
