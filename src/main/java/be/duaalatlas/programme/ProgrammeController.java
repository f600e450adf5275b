package be.duaalatlas.programme;

import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.PageRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The programme queries of the schema. */
@Controller
class ProgrammeController {

	private final ProgrammeSearch search;

	ProgrammeController(ProgrammeSearch search) {
		this.search = search;
	}

	@QueryMapping
	Connection<ProgrammeView> programmes(@Argument String text, @Argument String lang, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after);
		String language = Languages.of(lang, env);
		SearchResponse<ProgrammeDocument> response = search.search(text, page);
		return Connection.of(response, page, hit -> ProgrammeView.of(hit.source(), language));
	}

	@QueryMapping
	ProgrammeView programme(@Argument String code, @Argument String lang, DataFetchingEnvironment env) {
		return search.byCode(code).map(doc -> ProgrammeView.of(doc, Languages.of(lang, env))).orElse(null);
	}

}
