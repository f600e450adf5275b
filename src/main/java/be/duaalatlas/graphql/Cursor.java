package be.duaalatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Opaque page cursors: the sort values of a hit (Elasticsearch's {@code search_after}),
 * so that paging stays correct however deep it goes.
 */
public final class Cursor {

	private static final ObjectMapper json = new ObjectMapper();

	private Cursor() {
	}

	public static String encode(List<FieldValue> sortValues) {
		ArrayNode array = json.createArrayNode();
		for (FieldValue value : sortValues) {
			switch (value._kind()) {
				case Double -> array.add(value.doubleValue());
				case Long -> array.add(value.longValue());
				case Boolean -> array.add(value.booleanValue());
				case Null -> array.addNull();
				default -> array.add(value._toJsonString());
			}
		}
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws BadArgumentException when the cursor was not made by this API
	 */
	public static List<FieldValue> decode(String cursor, String argument) {
		try {
			JsonNode array = json.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
			if (array == null || !array.isArray() || array.isEmpty()) {
				throw new IllegalArgumentException();
			}
			List<FieldValue> values = new ArrayList<>();
			for (JsonNode node : array) {
				if (node.isIntegralNumber()) {
					values.add(FieldValue.of(node.longValue()));
				}
				else if (node.isNumber()) {
					values.add(FieldValue.of(node.doubleValue()));
				}
				else if (node.isBoolean()) {
					values.add(FieldValue.of(node.booleanValue()));
				}
				else if (node.isNull()) {
					values.add(FieldValue.NULL);
				}
				else if (node.isTextual()) {
					values.add(FieldValue.of(node.textValue()));
				}
				else {
					// an object or array was never a sort value of this API
					throw new IllegalArgumentException();
				}
			}
			return values;
		}
		catch (IllegalArgumentException | JsonProcessingException ex) {
			throw new BadArgumentException(argument, "'" + argument + "' is not a cursor of this API: pass the "
					+ "endCursor of the previous page as it was returned.");
		}
	}

}
