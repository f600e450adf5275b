package be.duaalatlas.website;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reference website ({@code /}) and the GraphQL explorer ({@code /explorer/}), built
 * from {@code frontend-contract/} into the static resources at build time. Spring Boot
 * serves {@code /} by itself; the explorer's folder needs its index page named.
 */
@Configuration(proxyBeanMethods = false)
class WebsitePages implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/explorer", "/explorer/");
		registry.addViewController("/explorer/").setViewName("forward:/explorer/index.html");
	}

}
