package be.duaalatlas.graphql;

import be.duaalatlas.index.CatalogueGeneration;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Makes the answer to an anonymous persisted GET public ({@link PersistedGets}): when it
 * has no errors and the catalogue generation it was asked in is still the current one, it
 * carries {@code Cache-Control: public, max-age} and its ETag; any other answer keeps
 * {@code private, no-store}. Outside {@link AnswerCache}, so that an answer it gives is
 * made public too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PublicAnswers implements WebGraphQlInterceptor {

	private final CatalogueGeneration generation;

	PublicAnswers(CatalogueGeneration generation) {
		this.generation = generation;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request.getAttributes().get(PersistedGets.PUBLIC_READ) instanceof PersistedGets.PublicRead read)) {
			return chain.next(request);
		}
		return chain.next(request).doOnNext(response -> {
			if (response.isValid() && response.getErrors().isEmpty() && stillCurrent(read.generation())) {
				response.getResponseHeaders().set(HttpHeaders.CACHE_CONTROL, read.cacheControl());
				response.getResponseHeaders().setETag(read.etag());
			}
		});
	}

	/** Whether the answer is of the generation its ETag names. */
	private boolean stillCurrent(String asked) {
		try {
			return generation.ofViews().equals(asked);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
