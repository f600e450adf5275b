package be.duaalatlas.graphql;

import java.util.List;
import java.util.Locale;

import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Language;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Picks the language of returned texts: the {@code lang} argument, else the request's
 * Accept-Language (nl, fr, en), else Dutch.
 */
@Component
public class Languages implements WebGraphQlInterceptor {

	static final String ACCEPT_LANGUAGE = "atlas.acceptLanguage";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		List<Locale.LanguageRange> ranges = parse(request.getHeaders().getFirst("Accept-Language"));
		String lang = Locale.lookupTag(ranges, Coded.codes(Language.class));
		if (lang != null) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(context -> context.put(ACCEPT_LANGUAGE, lang)).build());
		}
		return chain.next(request);
	}

	/**
	 * The language code (nl, fr, en) for a field: its {@code lang} argument wins over the
	 * header.
	 */
	public static String of(Language langArgument, DataFetchingEnvironment env) {
		if (langArgument != null) {
			return langArgument.code();
		}
		String fromHeader = env.getGraphQlContext().get(ACCEPT_LANGUAGE);
		return fromHeader == null ? "nl" : fromHeader;
	}

	private static List<Locale.LanguageRange> parse(String header) {
		try {
			return header == null ? List.of() : Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

}
