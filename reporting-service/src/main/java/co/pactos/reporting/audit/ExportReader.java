package co.pactos.reporting.audit;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.Topics;
import co.pactos.kit.audit.AuditLine;
import co.pactos.kit.audit.CanonicalJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads one exported log ({@code GET /api/audit/events} of a command service: NDJSON, one CloudEvents JSON object per
 * line with {@code position}, {@code prevhash} and {@code hash}) and checks it as {@code audit/Verify.java} does, line by
 * line: each line hashes to its {@code hash} (RFC 8785 form without {@code hash}, SHA-256), chains to the line before
 * ({@code prevhash}), and positions count 1, 2, 3 ... from the start of the log. Each line becomes the Kafka record the
 * relay would have sent for it (same CloudEvents headers, same value; the chain headers left out, the chain being checked
 * here), so that the projection's own code reads it.
 *
 * <p>A line that does not verify ends the read with {@link ExportRefused} naming its position and event: a replay
 * is made from a log that verifies, or not at all.
 */
final class ExportReader {

    private static final ObjectReader STRICT = EventJson.mapper().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Members of a line that are not CloudEvents attributes carried as {@code ce_} headers. */
    private static final Set<String> NOT_HEADERS = Set.of("data", "data_base64", "position", "prevhash", "hash");

    /** One verified line: where it is in its source's log, and the record it becomes. */
    record Line(String source, long position, String hash, String eventId, String time, ConsumerRecord<String, byte[]> record) {
    }

    private final InputStream in;
    private final String field;
    private final int maxLineBytes;
    private final Map<String, Long> lastPosition = new LinkedHashMap<>();
    private final Map<String, String> lastHash = new LinkedHashMap<>();
    private final Map<String, Integer> partitions;
    private long lineNumber;
    private final byte[] buffer = new byte[1 << 16];
    private int next;
    private int filled;

    /**
     * @param field      the request part the log came in, named in problems
     * @param partitions the partition each source's records go to, shared by every log of one replay (a source may
     *                   not appear in two of them)
     */
    ExportReader(InputStream in, String field, int maxLineBytes, Map<String, Integer> partitions) {
        this.in = in;
        this.field = field;
        this.maxLineBytes = maxLineBytes;
        this.partitions = partitions;
    }

    /** Reads up to {@code max} lines; fewer (none) at the end of the log. */
    List<Line> next(int max) throws IOException {
        List<Raw> raw = new java.util.ArrayList<>(Math.min(max, 4_096));
        byte[] bytes;
        while (raw.size() < max && (bytes = readLine()) != null) {
            if (!isBlank(bytes)) {
                raw.add(new Raw(lineNumber, bytes));
            }
        }
        // parsing, hashing and serializing a line need nothing of another line: both cores; the chain is then checked in order
        List<Parsed> parsed = raw.size() >= 1_000 ? raw.parallelStream().map(ExportReader::parse).toList()
                : raw.stream().map(ExportReader::parse).toList();
        List<Line> lines = new java.util.ArrayList<>(parsed.size());
        for (Parsed line : parsed) {
            lines.add(verify(line));
        }
        return lines;
    }

    /** The last position read of each source, and its hash. */
    Map<String, Long> lastPositions() {
        return Map.copyOf(lastPosition);
    }

    private record Raw(long number, byte[] bytes) {
    }

    /** A line parsed, the hash its content has, and its data as the record's value; or why it could not be read. */
    private record Parsed(long number, ObjectNode line, String computedHash, byte[] value, String error) {
    }

    private static Parsed parse(Raw raw) {
        JsonNode parsed;
        try {
            // RFC 8785 canonicalizes I-JSON only: a member named twice would be hashed as one reader sees it and read
            // as another does, so it is refused (as audit/Verify.java refuses it)
            parsed = STRICT.readTree(raw.bytes());
        } catch (IOException e) {
            return new Parsed(raw.number(), null, null, null, "line " + raw.number() + " is not JSON: " + ExportRefused.reason(e));
        }
        if (!(parsed instanceof ObjectNode line)) {
            return new Parsed(raw.number(), null, null, null, "line " + raw.number() + " is not a JSON object");
        }
        JsonNode hash = line.remove("hash");
        String computed = AuditLine.sha256(CanonicalJson.bytes(line));
        if (hash != null) {
            line.set("hash", hash);
        }
        byte[] value;
        try {
            JsonNode data = line.get("data");
            JsonNode base64 = line.get("data_base64");
            value = data != null ? EventJson.mapper().writeValueAsBytes(data)
                    : base64 != null && base64.isTextual() ? Base64.getDecoder().decode(base64.asText()) : null;
        } catch (IOException | IllegalArgumentException e) {
            value = null;
        }
        boolean contentless = !line.has("data") && !line.has("data_base64");
        return new Parsed(raw.number(), line, computed, value, value == null && !contentless
                ? "line " + raw.number() + " has neither JSON data nor base64 data_base64" : null);
    }

    private Line verify(Parsed parsed) {
        if (parsed.error() != null) {
            throw refused(parsed.error());
        }
        ObjectNode line = parsed.line();
        long number = parsed.number();
        String source = text(line, "source", number);
        String id = text(line, "id", number);
        String hash = text(line, "hash", number);
        String prevhash = text(line, "prevhash", number);
        if (parsed.value() == null) {
            // the export keeps the chain's line of an event whose row is gone: id, source, position and hashes, no content
            throw refused("the chain breaks at position " + line.path("position").asText() + " of " + source + " (event " + id
                    + ", line " + number + "): its content is missing from the log (the event was deleted after it was chained)");
        }
        String time = text(line, "time", number);
        String type = text(line, "type", number);
        JsonNode positionNode = line.get("position");
        if (positionNode == null || !positionNode.canConvertToLong() || !positionNode.isIntegralNumber()) {
            throw refused("line " + number + " (event " + id + ") has no integer position");
        }
        long position = positionNode.asLong();
        String where = "position " + position + " of " + source + " (event " + id + ", line " + number + ")";
        long expected = lastPosition.getOrDefault(source, 0L) + 1;
        if (position != expected) {
            throw refused(expected == 1
                    ? "the log of " + source + " starts at position " + position + "; a replay needs it from position 1 (export with after=0)"
                    : "the chain breaks at " + where + ": position " + expected + " was expected (an event is missing or out of order)");
        }
        String before = lastHash.getOrDefault(source, AuditLine.GENESIS);
        if (!before.equals(prevhash)) {
            throw refused("the chain breaks at " + where + ": its prevhash " + prevhash + " is not the hash of the event before, "
                    + before);
        }
        if (!parsed.computedHash().equals(hash)) {
            throw refused("the chain breaks at " + where + ": the line hashes to " + parsed.computedHash() + ", not to its hash " + hash
                    + " (its content was changed after it was chained)");
        }
        Integer partition = partitions.get(source);
        if (partition == null) {
            partition = partitions.size();
            partitions.put(source, partition);
        } else if (!lastPosition.containsKey(source)) {
            throw refused("the log of " + source + " was sent twice (in two parts)");
        }
        lastPosition.put(source, position);
        lastHash.put(source, hash);
        return new Line(source, position, hash, id, time, record(line, type, partition, position, parsed.value()));
    }

    /**
     * The record the relay sends for the event: CloudEvents attributes as headers, data as the value. Without the chain
     * headers: the chain was checked here, line by line, so the projection's own check of each record would only do it again.
     */
    private static ConsumerRecord<String, byte[]> record(ObjectNode line, String type, int partition, long position, byte[] value) {
        String topic = type.startsWith("co.pactos.investments.") ? Topics.INVESTMENTS : Topics.GOALS;
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, partition, position, line.path("subject").asText(null), value);
        for (Iterator<Map.Entry<String, JsonNode>> members = line.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (!NOT_HEADERS.contains(member.getKey()) && !member.getValue().isNull()) {
                record.headers().add(CloudEventAttributes.PREFIX + member.getKey(),
                        member.getValue().asText().getBytes(StandardCharsets.UTF_8));
            }
        }
        record.headers().add(CloudEventAttributes.CONTENT_TYPE_HEADER, CloudEventAttributes.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private String text(ObjectNode line, String member, long number) {
        JsonNode node = line.get(member);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw refused("line " + number + " has no " + member + " (a line of GET /api/audit/events has id, source, type, time, "
                    + "position, prevhash and hash)");
        }
        return node.asText();
    }

    /**
     * The next line's bytes without its end, or null at the end; a line longer than the bound is refused. Scans a buffer of
     * its own for the line ends (reading byte by byte was a quarter of a replay's CPU).
     */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = null;
        while (true) {
            if (next == filled) {
                filled = in.read(buffer, 0, buffer.length);
                next = 0;
                if (filled <= 0) {
                    filled = 0;
                    if (line == null) {
                        return null;
                    }
                    lineNumber++;
                    return line.toByteArray();
                }
            }
            int end = next;
            while (end < filled && buffer[end] != '\n') {
                end++;
            }
            int length = end - next;
            if ((line == null ? 0 : line.size()) + length > maxLineBytes) {
                throw refused("line " + (lineNumber + 1) + " is longer than " + maxLineBytes + " bytes");
            }
            if (end < filled) {
                byte[] bytes;
                if (line == null) {
                    bytes = java.util.Arrays.copyOfRange(buffer, next, end);
                } else {
                    line.write(buffer, next, length);
                    bytes = line.toByteArray();
                }
                next = end + 1;
                lineNumber++;
                return bytes;
            }
            if (line == null) {
                line = new ByteArrayOutputStream(Math.max(512, length * 2));
            }
            line.write(buffer, next, length);
            next = filled;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private ExportRefused refused(String message) {
        return new ExportRefused(field, message);
    }
}
