package co.pactos.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.EventTypes;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.kit.audit.AuditLine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading an exported log: lines of any length across the reader's buffer, with or without a last line end. */
class ExportReaderTest {

    private static final String SOURCE = "/pactos/goals-service";

    @Test
    void lines_longer_than_the_buffer_blank_lines_and_a_missing_last_line_end_are_read_as_the_export_wrote_them() throws Exception {
        List<String> lines = chain(200_000, 10, 150_000);
        String export = String.join("\n\n", lines); // blank lines between, none after the last

        List<ExportReader.Line> read = read(export, 1 << 20);

        assertThat(read).extracting(ExportReader.Line::position).containsExactly(1L, 2L, 3L);
        assertThat(read.get(2).hash()).isEqualTo(EventJson.mapper().readTree(lines.get(2)).get("hash").asText());
        assertThat(new String(read.get(0).record().value(), StandardCharsets.UTF_8)).contains("x".repeat(200_000));
    }

    @Test
    void a_line_longer_than_the_bound_is_refused_naming_it() {
        String export = String.join("\n", chain(10, 5_000, 10)) + "\n";

        assertThatThrownBy(() -> read(export, 4_000)).isInstanceOf(ExportRefused.class)
                .hasMessageContaining("line 2 is longer than 4000 bytes");
    }

    @Test
    void the_chains_line_of_a_deleted_event_is_refused_naming_the_event() throws Exception {
        List<String> lines = chain(10, 10, 10);
        var second = EventJson.mapper().readTree(lines.get(1));
        lines.set(1, AuditLine.withoutContent("id-1", SOURCE, 2, second.get("prevhash").asText(), second.get("hash").asText()));

        assertThatThrownBy(() -> read(String.join("\n", lines), 4_000)).isInstanceOf(ExportRefused.class)
                .hasMessageContaining("position 2 of " + SOURCE + " (event id-1, line 2)")
                .hasMessageContaining("its content is missing from the log");
    }

    @Test
    void a_member_named_twice_is_refused_naming_the_line() throws Exception {
        List<String> lines = chain(10, 10);
        String doubled = lines.get(1).replaceFirst("\\{", "{\"data\":{\"code\":\"OTRA\"},");

        assertThatThrownBy(() -> read(lines.get(0) + "\n" + doubled, 4_000)).isInstanceOf(ExportRefused.class)
                .hasMessageContaining("line 2 is not JSON").hasMessageContaining("data");
    }

    private static List<ExportReader.Line> read(String export, int maxLineBytes) throws Exception {
        ExportReader reader = new ExportReader(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)), "events", maxLineBytes,
                new HashMap<>());
        List<ExportReader.Line> all = new ArrayList<>();
        for (List<ExportReader.Line> lines = reader.next(2); !lines.isEmpty(); lines = reader.next(2)) {
            all.addAll(lines);
        }
        return all;
    }

    /** A chain of dependency registrations whose names are that many characters long. */
    private static List<String> chain(int... nameLengths) {
        List<String> lines = new ArrayList<>();
        String prevhash = AuditLine.GENESIS;
        for (int i = 0; i < nameLengths.length; i++) {
            DependencyRegisteredEvent event = new DependencyRegisteredEvent("DEP-" + i, "x".repeat(nameLengths[i]), null);
            EventTypes.Descriptor type = EventTypes.of(event.getClass());
            CloudEventAttributes attributes = new CloudEventAttributes("id-" + i, SOURCE, type.name(), Instant.parse("2022-06-30T17:00:00Z"),
                    event.aggregateId(), type.revision(), 0, event.validTime().toString(), "DAPD", "test", "TEST");
            Map<String, Object> line = AuditLine.of(attributes, EventJson.toBytes(event), i + 1, prevhash);
            prevhash = AuditLine.hash(line);
            lines.add(AuditLine.withHash(line, prevhash));
        }
        return lines;
    }
}
