package co.pactos.kit.history;

import co.pactos.kit.web.ResourceNotFound;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET {resource}/history?format=html}, or with {@code Accept: text/html} and no JSON: the history as a page in
 * Spanish, for every resource a service declares. (A browser's Accept also takes any type, so it gets the JSON unless it
 * asks for format=html: the services' documented operations are more specific paths than this one.)
 */
@Hidden
@RestController
public class HistoryPageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final HistoryReader reader;
    private final HistoryHtml html;

    public HistoryPageController(HistoryReader reader, HistoryHtml html) {
        this.reader = reader;
        this.html = html;
    }

    @GetMapping(value = "/api/{*rest}", params = "format=html")
    public ResponseEntity<String> page(HttpServletRequest request, @RequestParam(required = false) Long after,
                                       @RequestParam(required = false) Integer limit) {
        if (!request.getRequestURI().endsWith(HistoryAnswers.SUFFIX)) {
            throw new ResourceNotFound(request.getRequestURI() + " (format=html is only for {resource}/history)");
        }
        HistoryPage page = reader.read(HistoryAnswers.resourcePath(request), after, limit);
        return ResponseEntity.ok().contentType(HTML).body(html.render(page));
    }

    @GetMapping(value = "/api/{*rest}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> pageForHtmlOnly(HttpServletRequest request, @RequestParam(required = false) Long after,
                                                  @RequestParam(required = false) Integer limit) {
        return page(request, after, limit);
    }
}
