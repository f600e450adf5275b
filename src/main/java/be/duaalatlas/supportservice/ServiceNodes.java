package be.duaalatlas.supportservice;

import be.duaalatlas.search.NodeMapper;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a service document becomes a GraphQL {@code SupportService} (search hits and
 * {@code node}).
 */
@Configuration(proxyBeanMethods = false)
class ServiceNodes {

	@Bean
	NodeMapper serviceNodeMapper(ObjectMapper json) {
		return NodeMapper.of(ServiceDocument.KIND, ServiceDocument.class, json,
				(doc, lang, distance) -> SupportService.of(doc, lang));
	}

}
