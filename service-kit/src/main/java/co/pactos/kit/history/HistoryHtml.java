package co.pactos.kit.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A history page in Spanish, from the template {@code pactos-kit/history.html} (Thymeleaf with SpEL, every text escaped): one row
 * per event with its registration date in Bogotá's time, valid time, who, posting system, reason, legal act and the
 * changes field by field "de → a". No script, nothing fetched.
 */
public class HistoryHtml {

    private final SpringTemplateEngine engine;

    public HistoryHtml() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HistoryHtml.class.getClassLoader());
        resolver.setPrefix("pactos-kit/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    public String render(HistoryPage page) {
        Context context = new Context(SpanishText.ES_CO);
        context.setVariable("title", page.title());
        context.setVariable("path", page.path());
        context.setVariable("rows", page.entries().stream().map(HistoryHtml::row).toList());
        context.setVariable("next", page.nextAfter() == null ? null
                : page.path() + HistoryAnswers.SUFFIX + "?format=html&after=" + page.nextAfter() + "&limit=" + page.limit());
        return engine.process("history", context);
    }

    /** A row as the template reads it (maps: the template language reads members by name). */
    private static Map<String, Object> row(HistoryEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sequence", entry.sequence());
        row.put("recordedAt", SpanishText.instant(entry.recordedAt()));
        row.put("recordedAtIso", entry.recordedAt().toString());
        row.put("event", SpanishText.eventType(entry.type()));
        row.put("type", entry.type());
        row.put("validTime", SpanishText.validTime(entry.validTime()));
        row.put("client", orEmpty(entry.actor().client()));
        row.put("user", orEmpty(entry.actor().user()));
        row.put("dependency", orEmpty(entry.actor().dependency()));
        row.put("onBehalfOf", entry.onBehalfOf());
        row.put("source", orEmpty(entry.source()));
        row.put("reason", orEmpty(entry.reason()));
        row.put("legalAct", orEmpty(entry.legalAct()));
        List<Map<String, String>> changes = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            changes.add(Map.of("field", change.field(), "from", SpanishText.value(change.field(), change.from()),
                    "to", SpanishText.value(change.field(), change.to())));
        }
        row.put("changes", changes);
        return row;
    }

    private static String orEmpty(String text) {
        return text == null ? "—" : text;
    }
}
