package be.duaalatlas.content;

import be.duaalatlas.search.NodeMapper;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How key messages, good practices and equivalences become GraphQL objects (search hits
 * and {@code node}).
 */
@Configuration(proxyBeanMethods = false)
class ContentNodes {

	@Bean
	NodeMapper contentNodeMapper(ObjectMapper json) {
		return NodeMapper.of(ContentDocument.KIND, ContentDocument.class, json,
				(doc, lang, distance) -> ContentItem.of(doc, lang));
	}

	@Bean
	NodeMapper equivalenceNodeMapper(ObjectMapper json) {
		return NodeMapper.of(EquivalenceDocument.KIND, EquivalenceDocument.class, json,
				(doc, lang, distance) -> Equivalence.of(doc, lang));
	}

}
