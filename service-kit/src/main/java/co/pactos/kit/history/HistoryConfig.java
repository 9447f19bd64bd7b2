package co.pactos.kit.history;

import co.pactos.kit.security.DependencyParents;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The history of resources ({@code GET {resource}/history}, JSON and a Spanish page). A service imports this and
 * declares its resources as one {@link HistoryResources} bean; its controller documents one operation per resource and
 * hands each request to {@link HistoryAnswers}.
 */
@Configuration(proxyBeanMethods = false)
@Import({HistorySecurity.class, HistoryApiDocs.class})
public class HistoryConfig {

    @Bean
    public EventStreams historyEventStreams(JdbcClient jdbc) {
        return new EventStreams(jdbc);
    }

    @Bean
    public HistoryAccess historyAccess(DependencyParents parents) {
        return new HistoryAccess(parents);
    }

    @Bean
    public HistoryReader historyReader(HistoryResources resources, EventStreams streams, HistoryAccess access) {
        return new HistoryReader(resources, streams, access);
    }

    @Bean
    public HistoryAnswers historyAnswers(HistoryReader reader) {
        return new HistoryAnswers(reader);
    }

    @Bean
    public HistoryHtml historyHtml() {
        return new HistoryHtml();
    }

    @Bean
    public HistoryPageController historyPageController(HistoryReader reader, HistoryHtml html) {
        return new HistoryPageController(reader, html);
    }

    /** The Spanish page's paths, registered once every bean is ready and before the server takes requests. */
    @Bean
    public SmartInitializingSingleton historyPageMappings(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
                                                          HistoryResources resources, HistoryPageController pages) {
        return () -> pages.register(mapping, resources);
    }
}
