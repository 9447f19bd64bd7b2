package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core (Deque's accessibility engine, its {@code axe.min.js} from the Maven artifact
 * {@code com.deque.html.axe-core:selenium}, nothing fetched at run time) on the page the browser shows, keeps every
 * violation found in {@code target/axe/<name>.json}, and fails on any of serious or critical impact.
 */
final class AxeCheck {

    private static final Path REPORTS = Path.of("target", "axe");
    private static final String AXE = axe();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))))
              .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));""";

    private AxeCheck() {
    }

    /** The violations axe finds on the page now shown, each {id, impact, help, nodes}; kept as {@code target/axe/<name>.json}. */
    static List<Map<String, Object>> run(WebDriver browser, String name) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(AXE);
        String json = (String) js.executeAsyncScript(RUN);
        try {
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve(name + ".json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonMapper.builder().build().readValue(json, new TypeReference<List<Map<String, Object>>>() {
        });
    }

    /** Fails, naming each rule and the elements, when axe finds a serious or critical violation on the page. */
    static void assertNoSeriousViolations(WebDriver browser, String name) {
        List<Map<String, Object>> serious = run(browser, name).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        assertThat(serious).as("axe-core, serious or critical violations on " + name + " (" + browser.getCurrentUrl() + ")").isEmpty();
    }

    private static String axe() {
        try (InputStream in = AxeCheck.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
