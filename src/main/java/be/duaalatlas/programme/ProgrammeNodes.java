package be.duaalatlas.programme;

import be.duaalatlas.search.NodeMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How search hits of programmes and offerings become GraphQL objects. */
@Configuration(proxyBeanMethods = false)
class ProgrammeNodes {

	@Bean
	NodeMapper programmeNodeMapper(ObjectMapper json) {
		return new NodeMapper() {
			public String indexKind() {
				return ProgrammeDocument.KIND;
			}

			public Object toNode(ObjectNode source, String lang, Double distanceKm) {
				return Programme.of(json.convertValue(source, ProgrammeDocument.class), lang);
			}
		};
	}

	@Bean
	NodeMapper offeringNodeMapper(ObjectMapper json) {
		return new NodeMapper() {
			public String indexKind() {
				return OfferingDocument.KIND;
			}

			public Object toNode(ObjectNode source, String lang, Double distanceKm) {
				return Offering.of(json.convertValue(source, OfferingDocument.class), lang, distanceKm);
			}
		};
	}

}
