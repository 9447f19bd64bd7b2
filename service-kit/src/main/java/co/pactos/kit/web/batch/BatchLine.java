package co.pactos.kit.web.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One line of a batch, read as {@code {"put": "/api/...", "body": {...}}}. The body is kept as the
 * bytes the caller sent, so that the single PUT's strict reading judges exactly what was sent.
 *
 * @param number  1-based line number in the request
 * @param path    the path to PUT to (null when the line does not name one)
 * @param body    the body's bytes, as sent (null when the line is invalid)
 * @param field   where the line is wrong ({@code put}, {@code body} or {@code line}), null when it is well formed
 * @param problem what is wrong with it, null when it is well formed
 */
public record BatchLine(int number, String path, byte[] body, String field, String problem) {

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Segments of the API's paths: ids ({@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}) and words; no dot segments, no escapes. */
    private static final Pattern PATH = Pattern.compile("/api(/[A-Za-z0-9][A-Za-z0-9._:-]{0,63})+");

    public boolean valid() {
        return problem == null;
    }

    static BatchLine invalid(int number, String path, String field, String problem) {
        return new BatchLine(number, path, null, field, problem);
    }

    /** Reads one line (without its line end); never throws for bad input. */
    public static BatchLine read(int number, byte[] line, int maxBodyBytes) {
        if (line.length > maxBodyBytes) {
            return invalid(number, null, "body", "a line may have at most " + maxBodyBytes + " bytes (pactos.http.max-body-bytes)");
        }
        String path = null;
        byte[] body = null;
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return invalid(number, null, "line", "must be one JSON object {\"put\": \"/api/...\", \"body\": {...}}");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "put" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            return invalid(number, null, "put", "must be the path of the write, a string such as \"/api/goals/G1\"");
                        }
                        path = parser.getText();
                    }
                    case "body" -> {
                        if (value != JsonToken.START_OBJECT) {
                            return invalid(number, path, "body", "must be a JSON object: the body of the PUT");
                        }
                        int start = (int) parser.currentTokenLocation().getByteOffset();
                        parser.skipChildren();
                        int end = (int) parser.currentLocation().getByteOffset();
                        body = Arrays.copyOfRange(line, start, end);
                    }
                    default -> {
                        return invalid(number, path, name, "unknown member: a line has only put and body");
                    }
                }
            }
            if (parser.nextToken() != null) {
                return invalid(number, path, "line", "must hold one JSON object and nothing after it");
            }
        } catch (JsonProcessingException e) {
            return invalid(number, path, "line", "is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return invalid(number, path, "line", "cannot be read: " + e.getMessage());
        }
        if (path == null) {
            return invalid(number, null, "put", "is required: the path of the write, such as \"/api/goals/G1\"");
        }
        if (path.length() > 1000 || !PATH.matcher(path).matches() || path.startsWith(BatchController.PATH)) {
            return invalid(number, path, "put", "must be the path of a write of this service (/api/..., ids of"
                    + " [A-Za-z0-9][A-Za-z0-9._:-]{0,63}, no query, no escapes)");
        }
        if (body == null) {
            return invalid(number, path, "body", "is required: the body of the PUT, a JSON object");
        }
        return new BatchLine(number, path, body, null, null);
    }
}
