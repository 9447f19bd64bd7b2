package co.pactos.reporting.dashboard;

import co.pactos.reporting.projection.KnownAt;
import co.pactos.reporting.projection.PactProgressFacts;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.report.ReportCache;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Pages rendered once per state of the projection and kept as bytes in the {@link ReportCache}, as the report API keeps
 * its JSON: a pact page is hundreds of KB of HTML, and rendering it on every request held the pact page to ~30 answers a
 * second (benchmarks/README.md). The key holds what the page shows (its URL's parameters) and the cache key what was
 * known ({@link KnownAt}: version, generation, asOf, day), so a page is never served from another state of the facts.
 */
@Component
class RenderedPages {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

    private final ITemplateEngine templates;
    private final ProjectionReads reads;
    private final ReportCache cache;

    RenderedPages(ITemplateEngine templates, ProjectionReads reads, ReportCache cache) {
        this.templates = templates;
        this.reads = reads;
        this.cache = cache;
    }

    /**
     * The page {@code key} (what identifies it: path and parameters) of {@code template}, its model made by {@code page}
     * inside the same read of the projection; queries it runs through {@link ProjectionReads} join that read.
     */
    ResponseEntity<byte[]> page(String key, PageQuery query, String template, Function<KnownAt, Object> page) {
        byte[] html = reads.live(PactProgressFacts.NAME, query.asOf(), known -> cache.bytes(known, "page:" + key + "?"
                + query.parameters(), () -> render(template, page.apply(known))));
        return ResponseEntity.ok().contentType(HTML).body(html);
    }

    private byte[] render(String template, Object page) {
        return templates.process(template, new Context(SPANISH, Map.of("page", page))).getBytes(StandardCharsets.UTF_8);
    }
}
