package be.duaalatlas.search;

import be.duaalatlas.place.Place;
import be.duaalatlas.place.PlaceDocument;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How a place document becomes a GraphQL {@code Place} (for {@code node}). */
@Configuration(proxyBeanMethods = false)
class PlaceNodes {

	@Bean
	NodeMapper placeNodeMapper(ObjectMapper json) {
		return NodeMapper.of(PlaceDocument.KIND, PlaceDocument.class, json,
				(doc, lang, distance) -> Place.of(doc, lang));
	}

}
