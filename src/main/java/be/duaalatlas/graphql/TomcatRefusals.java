package be.duaalatlas.graphql;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * What Tomcat refuses before any filter runs (a path with an encoded slash, a malformed
 * request line) it answers with its own error report, an HTML page; here it is the
 * GraphQL-shaped JSON of {@link HttpErrors#body} instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ErrorReportValve.class)
class TomcatRefusals {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
		// the host adds a valve of this class when it starts, inside Spring Boot's HTML
		// one, so it reports first
		return factory -> factory.addContextCustomizers(
				context -> ((StandardHost) context.getParent()).setErrorReportValveClass(JsonReport.class.getName()));
	}

	/** Created by Tomcat by its class name. */
	public static class JsonReport extends ErrorReportValve {

		private static final ObjectMapper JSON = new ObjectMapper();

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			HttpStatus status = HttpStatus.resolve(response.getStatus());
			if (status == null || !status.isError() || response.getContentWritten() > 0
					|| !response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(JSON.writeValueAsString(HttpErrors.body(status)));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone, or the answer already started: nothing more to say
			}
		}

	}

}
