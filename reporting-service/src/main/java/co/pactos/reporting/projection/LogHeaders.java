package co.pactos.reporting.projection;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The CloudEvents attributes the projection needs of a record, read straight from its headers: no
 * map of every header and no parse of the recorded time, which PostgreSQL reads from the text (a
 * third of the cost of reading an event, measured with JFR during a rebuild).
 *
 * @param time the {@code ce_time} text, ISO-8601; written as it is into {@code recorded_at}
 * @param client the {@code ce_client}, and {@code dependency} the {@code ce_dependency}: who made a write that reports name
 */
record LogHeaders(String id, String type, int revision, String time, String actor, String client, String dependency) {

    /** @throws IllegalArgumentException naming the attribute that is missing or unreadable */
    static LogHeaders of(ConsumerRecord<String, byte[]> record) {
        // one pass over the headers (each key decoded once); the last of a repeated header counts, as lastHeader would
        String id = null;
        String type = null;
        String revision = null;
        String time = null;
        String actor = null;
        String client = null;
        String dependency = null;
        for (Header header : record.headers()) {
            switch (header.key()) {
                case "ce_id" -> id = value(header);
                case "ce_type" -> type = value(header);
                case "ce_revision" -> revision = value(header);
                case "ce_time" -> time = value(header);
                case "ce_actor" -> actor = value(header);
                case "ce_client" -> client = value(header);
                case "ce_dependency" -> dependency = value(header);
                default -> {
                }
            }
        }
        return new LogHeaders(required("ce_id", id), required("ce_type", type), revision(revision), required("ce_time", time), actor, client,
                dependency);
    }

    private static int revision(String text) {
        if (text == null) {
            return 1;
        }
        boolean digits = !text.isEmpty() && text.length() <= 9;
        for (int i = 0; digits && i < text.length(); i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            throw new IllegalArgumentException("ce_revision '" + text + "' is not a revision number");
        }
        return Integer.parseInt(text);
    }

    private static String value(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing CloudEvents attribute " + name);
        }
        return value;
    }

    static String text(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
