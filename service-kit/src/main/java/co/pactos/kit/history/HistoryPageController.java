package co.pactos.kit.history;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code GET {resource}/history?format=html}, or with {@code Accept: text/html} and no JSON: the history as a page in
 * Spanish. Mapped at start-up on each path a service declares ({@link #register}), not on a catch-all path, so that
 * any other path keeps its own 404 or 405. (A browser's Accept also takes any type, so it gets the JSON unless it asks
 * for format=html.)
 */
@Hidden
public class HistoryPageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final HistoryReader reader;
    private final HistoryHtml html;

    public HistoryPageController(HistoryReader reader, HistoryHtml html) {
        this.reader = reader;
        this.html = html;
    }

    public ResponseEntity<String> page(HttpServletRequest request, @RequestParam(required = false) Long after,
                                       @RequestParam(required = false) Integer limit) {
        HistoryPage page = reader.read(HistoryAnswers.resourcePath(request), after, limit);
        return ResponseEntity.ok().contentType(HTML).body(html.render(page));
    }

    /** Maps {@link #page} on {@code <pattern>/history} of every declared resource, for format=html and for an HTML-only Accept. */
    void register(RequestMappingHandlerMapping mapping, HistoryResources resources) {
        Method page;
        try {
            page = HistoryPageController.class.getMethod("page", HttpServletRequest.class, Long.class, Integer.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        for (HistoryResource resource : resources.all()) {
            String path = resource.pattern() + HistoryAnswers.SUFFIX;
            mapping.registerMapping(RequestMappingInfo.paths(path).methods(RequestMethod.GET).params("format=html")
                    .options(mapping.getBuilderConfiguration()).build(), this, page);
            mapping.registerMapping(RequestMappingInfo.paths(path).methods(RequestMethod.GET).produces(MediaType.TEXT_HTML_VALUE)
                    .options(mapping.getBuilderConfiguration()).build(), this, page);
        }
    }
}
