package co.pactos.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a run, printed as a table at the end and written to
 * {@code benchmarks/target/results-<timestamp>.md} (a Markdown table, then the same rows as JSON).
 * The goal column repeats the issue's targets (issue 7's, or issue 9's for {@code ./benchmark writes});
 * nothing here judges a figure.
 */
final class Summary {

    /** One figure: what was measured, the value, the issue's goal for it (or empty), and a note. */
    record Row(String figure, String value, String goal, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final LocalDateTime started = LocalDateTime.now();
    private final String issue;

    Summary() {
        this("issue 7");
    }

    Summary(String issue) {
        this.issue = issue;
    }

    void setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
    }

    void add(String figure, String value, String goal, String note) {
        rows.add(new Row(figure, value, goal, note));
        System.out.printf("  => %s: %s%s%n", figure, value, note.isEmpty() ? "" : " (" + note + ")");
    }

    void print() {
        int figureWidth = Math.max(6, rows.stream().mapToInt(r -> r.figure().length()).max().orElse(0));
        int valueWidth = Math.max(5, rows.stream().mapToInt(r -> r.value().length()).max().orElse(0));
        int goalWidth = Math.max(4, rows.stream().mapToInt(r -> r.goal().length()).max().orElse(0));
        String format = "%-" + figureWidth + "s  %-" + valueWidth + "s  %-" + goalWidth + "s  %s%n";
        System.out.println();
        System.out.println("Summary");
        System.out.printf(format, "figure", "value", "goal", "note");
        System.out.printf(format, "-".repeat(figureWidth), "-".repeat(valueWidth), "-".repeat(goalWidth), "----");
        rows.forEach(r -> System.out.printf(format, r.figure(), r.value(), r.goal(), r.note()));
    }

    Path write(Path dir) {
        return write(dir, "results-");
    }

    Path write(Path dir, String prefix) {
        String stamp = started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = dir.resolve(prefix + stamp + ".md");
        StringBuilder md = new StringBuilder("# Pactos benchmark, " + started.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\n\n");
        settings.forEach((name, value) -> md.append("- ").append(name).append(": ").append(value).append('\n'));
        md.append("\n| figure | value | goal (" + issue + ") | note |\n|---|---|---|---|\n");
        rows.forEach(r -> md.append("| ").append(cell(r.figure())).append(" | ").append(cell(r.value())).append(" | ")
                .append(cell(r.goal())).append(" | ").append(cell(r.note())).append(" |\n"));
        try {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("started", started.toString());
            all.put("settings", settings);
            all.put("figures", rows);
            md.append("\n```json\n").append(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all))
                    .append("\n```\n");
            Files.createDirectories(dir);
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
