package be.duaalatlas.programme;

import be.duaalatlas.search.NodeMapper;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How search hits of programmes and offerings become GraphQL objects. */
@Configuration(proxyBeanMethods = false)
class ProgrammeNodes {

	@Bean
	NodeMapper programmeNodeMapper(ObjectMapper json) {
		return NodeMapper.of(ProgrammeDocument.KIND, ProgrammeDocument.class, json,
				(doc, lang, distance) -> Programme.of(doc, lang));
	}

	@Bean
	NodeMapper offeringNodeMapper(ObjectMapper json) {
		return NodeMapper.of(OfferingDocument.KIND, OfferingDocument.class, json, Offering::of);
	}

}
