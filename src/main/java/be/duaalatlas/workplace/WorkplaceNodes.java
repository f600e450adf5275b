package be.duaalatlas.workplace;

import be.duaalatlas.search.NodeMapper;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a workplace document becomes a GraphQL {@code Workplace} (search hits and
 * {@code node}).
 */
@Configuration(proxyBeanMethods = false)
class WorkplaceNodes {

	@Bean
	NodeMapper workplaceNodeMapper(ObjectMapper json) {
		return NodeMapper.of(WorkplaceDocument.KIND, WorkplaceDocument.class, json, Workplace::of);
	}

}
