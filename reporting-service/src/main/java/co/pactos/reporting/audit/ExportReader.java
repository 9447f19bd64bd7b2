package co.pactos.reporting.audit;

import co.pactos.events.ChainHeaders;
import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.Topics;
import co.pactos.kit.audit.AuditLine;
import co.pactos.kit.audit.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
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
 * relay would have sent for it (same headers, same value), so that the projection's own code reads it.
 *
 * <p>A line that does not verify ends the read with {@link ExportRefused} naming its position and event: a replay
 * is made from a log that verifies, or not at all.
 */
final class ExportReader {

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

    /**
     * @param field      the request part the log came in, named in problems
     * @param partitions the partition each source's records go to, shared by every log of one replay (a source may
     *                   not appear in two of them)
     */
    ExportReader(InputStream in, String field, int maxLineBytes, Map<String, Integer> partitions) {
        this.in = in instanceof java.io.BufferedInputStream ? in : new java.io.BufferedInputStream(in, 1 << 16);
        this.field = field;
        this.maxLineBytes = maxLineBytes;
        this.partitions = partitions;
    }

    /** Reads up to {@code max} lines; fewer (none) at the end of the log. */
    List<Line> next(int max) throws IOException {
        List<Line> lines = new java.util.ArrayList<>(Math.min(max, 4_096));
        byte[] bytes;
        while (lines.size() < max && (bytes = readLine()) != null) {
            if (isBlank(bytes)) {
                continue;
            }
            lines.add(verify(bytes));
        }
        return lines;
    }

    /** The last position read of each source, and its hash. */
    Map<String, Long> lastPositions() {
        return Map.copyOf(lastPosition);
    }

    private Line verify(byte[] bytes) {
        JsonNode parsed;
        try {
            parsed = EventJson.mapper().readTree(bytes);
        } catch (IOException e) {
            throw refused("line " + lineNumber + " is not JSON: " + ExportRefused.reason(e));
        }
        if (!(parsed instanceof ObjectNode line)) {
            throw refused("line " + lineNumber + " is not a JSON object");
        }
        String source = text(line, "source");
        String id = text(line, "id");
        String hash = text(line, "hash");
        String prevhash = text(line, "prevhash");
        JsonNode positionNode = line.get("position");
        if (positionNode == null || !positionNode.canConvertToLong() || !positionNode.isIntegralNumber()) {
            throw refused("line " + lineNumber + " (event " + id + ") has no integer position");
        }
        long position = positionNode.asLong();
        String where = "position " + position + " of " + source + " (event " + id + ", line " + lineNumber + ")";
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
        ObjectNode withoutHash = line.deepCopy();
        withoutHash.remove("hash");
        String computed = AuditLine.sha256(CanonicalJson.bytes(withoutHash));
        if (!computed.equals(hash)) {
            throw refused("the chain breaks at " + where + ": the line hashes to " + computed + ", not to its hash " + hash
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
        return new Line(source, position, hash, id, text(line, "time"), record(line, partition, position, prevhash, hash));
    }

    /** The record the relay sends for the event: CloudEvents attributes and chain fields as headers, data as the value. */
    private ConsumerRecord<String, byte[]> record(ObjectNode line, int partition, long position, String prevhash, String hash) {
        byte[] value;
        try {
            JsonNode data = line.get("data");
            value = data != null ? EventJson.mapper().writeValueAsBytes(data)
                    : Base64.getDecoder().decode(text(line, "data_base64"));
        } catch (IOException | IllegalArgumentException e) {
            throw refused("line " + lineNumber + " has neither JSON data nor base64 data_base64");
        }
        String type = text(line, "type");
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
        record.headers().add(ChainHeaders.POSITION, Long.toString(position).getBytes(StandardCharsets.UTF_8));
        record.headers().add(ChainHeaders.PREVHASH, prevhash.getBytes(StandardCharsets.UTF_8));
        record.headers().add(ChainHeaders.HASH, hash.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private String text(ObjectNode line, String member) {
        JsonNode node = line.get(member);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw refused("line " + lineNumber + " has no " + member + " (a line of GET /api/audit/events has id, source, type, time, "
                    + "position, prevhash and hash)");
        }
        return node.asText();
    }

    /** The next line's bytes without its end, or null at the end; a line longer than the bound is refused. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (line.size() >= maxLineBytes) {
                throw refused("line " + (lineNumber + 1) + " is longer than " + maxLineBytes + " bytes");
            }
            line.write(b);
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        return line.toByteArray();
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
