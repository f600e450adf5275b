package be.duaalatlas.index;

/**
 * What the health endpoint tells about one kind.
 *
 * @param definitionCurrent false when {@code definitionFile} changed since
 * {@code liveIndex} was built: rebuild it from its sources (a full import), there is no
 * in-place reindex
 */
public record IndexState(String kind, String alias, String liveIndex, String definitionFile,
		boolean definitionCurrent) {
}
