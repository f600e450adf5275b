package be.duaalatlas.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One index definition from {@code search-mappings/<kind>.json}: its settings and
 * mappings as written, and a hash of their content (insensitive to whitespace and key
 * order) that tells whether a live index was built from it. The replica setting is left
 * out of the hash: it changes on a live index without a rebuild
 * ({@link CatalogueIndices#applyReplicas()}).
 */
public record IndexDefinition(String kind, String file, ObjectNode json, String hash) {

	/**
	 * How many replicas an index keeps, by the number of data nodes: {@code 0-1} is none
	 * on one node, one on several, so that one definition serves both.
	 */
	static final String AUTO_EXPAND_REPLICAS = "auto_expand_replicas";

	private static final ObjectMapper canonical = new ObjectMapper()
		.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

	static IndexDefinition parse(String kind, String file, String content, PupilWordLists wordLists) {
		try {
			ObjectNode json = (ObjectNode) canonical.readTree(content);
			if (!json.has("mappings") || !json.has("settings")) {
				throw new IllegalStateException(file + " needs both \"settings\" and \"mappings\"");
			}
			// before hashing: a changed word list is a changed definition
			wordLists.inline(json);
			ObjectNode hashed = json.deepCopy();
			((ObjectNode) hashed.get("settings")).remove(AUTO_EXPAND_REPLICAS);
			Map<?, ?> asMap = canonical.treeToValue(hashed, Map.class);
			return new IndexDefinition(kind, file, json, sha256(canonical.writeValueAsString(asMap)));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(
					"Index definition " + file + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * The definition's {@code auto_expand_replicas} ({@code "false"}: the number of
	 * replicas is fixed).
	 */
	String autoExpandReplicas() {
		return json.path("settings").path(AUTO_EXPAND_REPLICAS).asText("false");
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
