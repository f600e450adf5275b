package be.duaalatlas.stakeholder;

import be.duaalatlas.search.NodeMapper;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a stakeholder document becomes a GraphQL {@code Stakeholder} (search hits and
 * {@code node}).
 */
@Configuration(proxyBeanMethods = false)
class StakeholderNodes {

	@Bean
	NodeMapper stakeholderNodeMapper(ObjectMapper json) {
		return NodeMapper.of(StakeholderDocument.KIND, StakeholderDocument.class, json,
				(doc, lang, distance) -> Stakeholder.of(doc, lang));
	}

}
