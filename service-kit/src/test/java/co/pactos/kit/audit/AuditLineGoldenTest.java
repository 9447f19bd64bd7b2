package co.pactos.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.CloudEventAttributes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two members of an audit line the code derives from a stored event rather than reading them as stored: {@code type}
 * (the contract name of the stored Java class) and {@code validtime} (the event's valid time after upcasting). Both are
 * hashed into the chain when the event is chained and derived again at every export, so a change to either for an event
 * already stored (a class renamed or moved, an upcaster or a {@code validTime()} that answers differently) would make an
 * untouched log look tampered with. Pinned here for every event type and revision whose JSON shared-events pins.
 */
class AuditLineGoldenTest {

    private static final Path GOLDEN = Path.of("../shared-events/src/test/resources/golden");
    private static final Path PINNED = Path.of("src/test/resources/audit/derived-attributes.tsv");

    static Stream<String[]> pinned() throws IOException {
        return Files.readAllLines(PINNED, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinned")
    void a_stored_events_type_and_valid_time_are_derived_as_when_it_was_chained(String golden, String payloadType, String revision,
                                                                                 String type, String validTime) throws IOException {
        StoredEvent stored = new StoredEvent(1, "event-1", "aggregate-1", 0, payloadType, revision,
                Files.readAllBytes(GOLDEN.resolve(golden)), "{}".getBytes(StandardCharsets.UTF_8), "2022-06-30T17:00:00Z");

        CloudEventAttributes attributes = stored.attributes("/pactos/test");

        assertThat(attributes.type()).as("type of %s", golden).isEqualTo(type);
        assertThat(attributes.validTime()).as("validtime of %s", golden).isEqualTo(validTime);
    }

    @Test
    void every_pinned_event_json_is_pinned_here_too() throws IOException {
        List<String> here = pinned().map(columns -> columns[0]).toList();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .as("add a line to %s for each new event type or revision", PINNED).containsExactlyInAnyOrderElementsOf(here);
        }
    }
}
