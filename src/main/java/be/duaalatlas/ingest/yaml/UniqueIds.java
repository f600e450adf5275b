package be.duaalatlas.ingest.yaml;

import java.util.HashMap;
import java.util.Map;

/**
 * Ids seen so far in one editor-maintained file: an id used twice is a problem of the
 * later item.
 */
public final class UniqueIds {

	private final Map<String, Long> seen = new HashMap<>();

	/**
	 * Flags the item when its id was already taken by a valid item earlier in the file.
	 */
	public void check(YamlItems.Item item, String id) {
		if (id != null && seen.containsKey(id)) {
			item.problem("id", "'" + id + "' is used twice in this file (first on line " + seen.get(id) + ")");
		}
	}

	/** Takes the id of an item that goes into the catalogue. */
	public void take(String id, long line) {
		seen.put(id, line);
	}

}
