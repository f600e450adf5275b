package be.duaalatlas.graphql;

import java.util.Collection;
import java.util.Map;

/**
 * The bytes of heap a request's or an answer's Java values take: the maps, lists, strings
 * and numbers that Jackson and graphql-java make of JSON. On the generous side (a 64-bit
 * JVM with compressed pointers: a map entry with its share of the table about 48 bytes, a
 * string 40 bytes plus one byte a character, two beyond Latin-1), so that a cache bounded
 * by it cannot hold more than its bound: counting characters instead had a variables map
 * of 300,000 small entries weighed at an eighth of its heap.
 */
final class HeapEstimate {

	private static final long REFERENCE = 8;

	private HeapEstimate() {
	}

	static long of(Object value) {
		if (value == null) {
			return REFERENCE;
		}
		if (value instanceof CharSequence text) {
			return REFERENCE + string(text);
		}
		if (value instanceof Map<?, ?> map) {
			long sum = REFERENCE + 64 + 8L * map.size();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				sum += 40 + of(entry.getKey()) + of(entry.getValue());
			}
			return sum;
		}
		if (value instanceof Collection<?> collection) {
			long sum = REFERENCE + 40;
			for (Object element : collection) {
				sum += of(element);
			}
			return sum;
		}
		if (value instanceof Boolean) {
			return REFERENCE;
		}
		// boxed numbers, BigDecimal, dates: a small object of its own
		return REFERENCE + 32;
	}

	private static long string(CharSequence text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			if (text.charAt(i) > 0xFF) {
				return 40 + 2L * length;
			}
		}
		return 40 + length;
	}

}
