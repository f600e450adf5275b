package be.duaalatlas.index;

import java.util.Map;

/**
 * The versioned index an alias points at, with what it was built from (kept in the
 * index's own {@code _meta}, so every service instance sees the same).
 */
public record LiveIndex(String kind, String alias, String index, Map<String, String> meta) {

	static final String DEFINITION_HASH = "atlas_definition_hash";

	static final String SOURCE_FINGERPRINT = "atlas_source_fingerprint";

	static final String BUILT_AT = "atlas_built_at";

	public String definitionHash() {
		return meta.getOrDefault(DEFINITION_HASH, "");
	}

	public String sourceFingerprint() {
		return meta.getOrDefault(SOURCE_FINGERPRINT, "");
	}

	public String builtAt() {
		return meta.getOrDefault(BUILT_AT, "");
	}

}
