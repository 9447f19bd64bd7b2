package co.pactos.kit.web.strict;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Input refused cleanly, in one place for both command services, before anything is recorded:
 * strict JSON ({@link StrictJson}), a body size limit ({@code pactos.http.max-body-bytes}, default
 * 1 MiB, 413), and every error answer as problem+json, those of the error page and of Tomcat itself
 * included.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProblemErrorController.class)
public class StrictInput {

    @Bean
    public JsonMapperBuilderCustomizer strictJson() {
        return StrictJson::configure;
    }

    @Bean
    public FilterRegistrationBean<BodySizeLimit> bodySizeLimit(@Value("${pactos.http.max-body-bytes:1048576}") long maxBytes) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<AcceptsJson> acceptsJson() {
        FilterRegistrationBean<AcceptsJson> registration = new FilterRegistrationBean<>(new AcceptsJson());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        return registration;
    }

    /** Runs after Boot's own customizer, which puts Tomcat's HTML error report valve on the host: replaces it. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new WebServerFactoryCustomizerAtTheEnd();
    }

    static final class WebServerFactoryCustomizerAtTheEnd implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container parent = context.getParent();
                if (parent instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
