package be.duaalatlas.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Language;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id)}: any record by its global id, {@code Type:key} (see
 * {@link Kind#type()}).
 */
@Controller
class NodeController {

	private final Documents documents;

	private final Map<String, NodeMapper> mappers = new LinkedHashMap<>();

	NodeController(Documents documents, List<NodeMapper> mappers) {
		this.documents = documents;
		mappers.forEach(mapper -> this.mappers.put(mapper.indexKind(), mapper));
	}

	@QueryMapping
	Object node(@Argument String id, @Argument Language lang, DataFetchingEnvironment env) {
		int colon = id.indexOf(':');
		String type = colon > 0 ? id.substring(0, colon) : "";
		Kind kind = Kind.ofType(type).orElse(null);
		if (kind == null || colon == id.length() - 1) {
			throw new BadArgumentException("id", "'" + id + "' is not a global id of this API: expected Type:key with "
					+ "Type one of " + Arrays.stream(Kind.values()).map(Kind::type).distinct().sorted().toList());
		}
		String key = id.substring(colon + 1);
		ObjectNode source = documents.byId(kind.indexKind(), key, ObjectNode.class)
			.filter(record -> Publication.shownOn(record, Publication.today()))
			.orElseThrow(() -> new NotFoundException("id", "no " + type + " with id '" + id + "'"));
		return mappers.get(kind.indexKind()).toNode(source, Languages.of(lang, env), null);
	}

}
