package be.duaalatlas.opendata;

import java.util.ArrayList;
import java.util.List;

/**
 * One public field of an exported kind, named as its GraphQL type names it.
 *
 * @param name the public name (the NDJSON key, the CSV column or its prefix)
 * @param path where it is in the indexed document
 * @param shape how it is written
 * @param parts for objects and lists of objects, the public parts; nothing else of them
 * leaves the engine
 */
record Field(String name, String path, Shape shape, List<String> parts) {

	/**
	 * How a field is written. In CSV an object becomes one column per part
	 * ({@code name.nl}, {@code location.lat}), a list one column holding a JSON array.
	 */
	enum Shape {

		VALUE, OBJECT, LIST

	}

	static Field value(String name) {
		return new Field(name, name, Shape.VALUE, List.of());
	}

	static Field value(String name, String path) {
		return new Field(name, path, Shape.VALUE, List.of());
	}

	static Field object(String name, String path, String... parts) {
		return new Field(name, path, Shape.OBJECT, List.of(parts));
	}

	static Field list(String name, String path, String... parts) {
		return new Field(name, path, Shape.LIST, List.of(parts));
	}

	/** The document paths the engine sends for it. */
	List<String> sourcePaths() {
		if (parts.isEmpty()) {
			return List.of(path);
		}
		List<String> paths = new ArrayList<>();
		parts.forEach(part -> paths.add(path + "." + part));
		return paths;
	}

	/** Its CSV columns. */
	List<String> columns() {
		if (shape != Shape.OBJECT) {
			return List.of(name);
		}
		return parts.stream().map(part -> name + "." + part).toList();
	}

}
