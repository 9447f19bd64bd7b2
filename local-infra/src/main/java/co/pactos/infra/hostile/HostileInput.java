package co.pactos.infra.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests a careless or hostile client sends, made from one valid request per endpoint: each field
 * given a value of the wrong kind (a number for text, a control character, an unpaired surrogate, a
 * date as a number or an instant, an enum by index, a number as a string, an overflow ...), and the
 * body and request as a whole broken (unknown or duplicate fields, not JSON, the wrong media type,
 * too large). Each case says the status and the field the problem must name.
 */
public final class HostileInput {

    /** The kinds of field a request body has. */
    public enum Kind { TEXT, DATE, ENUM, DECIMAL, WHOLE, YEAR, FLAG, TEXT_LIST }

    /** One request, and what the answer must be: a problem with this status naming this field (null: no field). */
    public record Case(String name, String method, String path, Map<String, String> headers, byte[] body, int status, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A valid PUT: its path and its body's fields, each as its JSON text and its kind. */
    public static final class Endpoint {
        private final String name;
        private final String path;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, Kind> kinds = new LinkedHashMap<>();
        private final List<String[]> beyond = new ArrayList<>();

        public Endpoint(String name, String path) {
            this.name = name;
            this.path = path;
        }

        /** A field: its valid value as JSON text (e.g. {@code "\"Valle\""}, {@code "2022"}) and its kind. */
        public Endpoint field(String field, String json, Kind kind) {
            values.put(field, json);
            kinds.put(field, kind);
            return this;
        }

        /**
         * A value just beyond the field's own bound (money above its maximum, text one character too long ...), as JSON
         * text, and a label: a 400 naming {@code problemField} (the field, or a path inside it like {@code topics[0]}).
         */
        public Endpoint beyond(String field, String label, String json, String problemField) {
            beyond.add(new String[] {field, label, json, problemField});
            return this;
        }

        public Endpoint beyond(String field, String label, String json) {
            return beyond(field, label, json, field);
        }

        String body(Map<String, String> fields) {
            StringBuilder body = new StringBuilder("{");
            fields.forEach((field, json) -> body.append(body.length() > 1 ? "," : "").append('"').append(field).append("\":").append(json));
            return body.append('}').toString();
        }

        String validBody() {
            return body(values);
        }

        String with(String field, String json) {
            Map<String, String> changed = new LinkedHashMap<>(values);
            changed.put(field, json);
            return body(changed);
        }
    }

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private HostileInput() {
    }

    /** A JSON string of {@code length} letters, for a text one character beyond its maximum. */
    public static String text(int length) {
        return "\"" + "x".repeat(length) + "\"";
    }

    /** A JSON array of {@code count} valid items (each given as JSON text), for a list one item beyond its maximum. */
    public static String list(int count, String item) {
        return "[" + String.join(",", java.util.Collections.nCopies(count, item)) + "]";
    }

    private static Case put(String name, String path, String body, int status, String field) {
        return new Case(name, "PUT", path, JSON, body.getBytes(StandardCharsets.UTF_8), status, field);
    }

    /** Every case made from one endpoint. */
    public static List<Case> casesFor(Endpoint e) {
        List<Case> cases = new ArrayList<>();
        e.kinds.forEach((field, kind) -> {
            for (String[] bad : badValues(kind, e.values.get(field))) {
                String problemField = bad.length > 2 ? field + bad[2] : field;
                cases.add(put(e.name + ": " + field + " " + bad[0], e.path, e.with(field, bad[1]), 400, problemField));
            }
        });
        for (String[] b : e.beyond) {
            cases.add(put(e.name + ": " + b[0] + " " + b[1], e.path, e.with(b[0], b[2]), 400, b[3]));
        }
        String first = e.values.keySet().iterator().next();
        String valid = e.validBody();
        String inner = valid.substring(1, valid.length() - 1);
        cases.add(put(e.name + ": an unknown field", e.path, "{" + inner + ",\"extra\":1}", 400, "extra"));
        cases.add(put(e.name + ": a misspelt field", e.path, "{" + inner + ",\"" + first + "x\":" + e.values.get(first) + "}", 400, first + "x"));
        cases.add(put(e.name + ": a duplicate key", e.path, "{" + inner + ",\"" + first + "\":" + e.values.get(first) + "}", 400, first));
        cases.add(put(e.name + ": an array for a body", e.path, "[" + valid + "]", 400, "body"));
        cases.add(put(e.name + ": a string for a body", e.path, "\"x\"", 400, "body"));
        cases.add(put(e.name + ": cut-off JSON", e.path, valid.substring(0, valid.length() / 2), 400, "body"));
        cases.add(put(e.name + ": something after the JSON", e.path, valid + " {}", 400, "body"));
        cases.add(put(e.name + ": an empty body", e.path, "", 400, "body"));
        cases.add(new Case(e.name + ": text/plain", "PUT", e.path, Map.of("Content-Type", "text/plain"),
                valid.getBytes(StandardCharsets.UTF_8), 415, null));
        cases.add(new Case(e.name + ": only XML accepted", "PUT", e.path, Map.of("Content-Type", "application/json", "Accept", "application/xml"),
                valid.getBytes(StandardCharsets.UTF_8), 406, null));
        cases.add(put(e.name + ": a body over the size limit", e.path,
                "{" + inner + ",\"extra\":\"" + "x".repeat(1_100_000) + "\"}", 413, null));
        cases.add(put(e.name + ": a source that is too long", e.path, e.with("source", "\"" + "S".repeat(65) + "\""), 400, "source"));
        return cases;
    }

    /** {label, JSON text[, suffix of the field the problem names]} */
    private static List<String[]> badValues(Kind kind, String valid) {
        return switch (kind) {
            case TEXT -> List.of(new String[] {"as a number", "123"}, new String[] {"with a NUL", "\"a\\u0000b\""},
                    new String[] {"with an unpaired surrogate", "\"a\\ud800b\""}, new String[] {"as a boolean", "true"});
            case DATE -> List.of(new String[] {"as days since 1970", "16616"}, new String[] {"as an instant", "\"2015-07-01T03:00:00Z\""},
                    new String[] {"not in the calendar", "\"2022-02-30\""}, new String[] {"before 1900", "\"1899-12-31\""},
                    new String[] {"without leading zeros", "\"2022-6-1\""});
            case ENUM -> List.of(new String[] {"by index", "0"}, new String[] {"in lower case", valid.toLowerCase()},
                    new String[] {"unknown", "\"NOPE\""});
            case DECIMAL -> List.of(new String[] {"as a string", "\"100\""}, new String[] {"overflowing", "1e400"},
                    new String[] {"with 7 decimals", "0.1234567"}, new String[] {"as a boolean", "true"});
            case WHOLE -> List.of(new String[] {"as a string", "\"5\""}, new String[] {"with a fraction", "1.5"},
                    new String[] {"overflowing a long", "99999999999999999999"}, new String[] {"above 10^15", "10000000000000001"});
            case YEAR -> List.of(new String[] {"as a string", "\"2022\""}, new String[] {"with a fraction", "2022.5"},
                    new String[] {"overflowing an int", "99999999999"});
            case FLAG -> List.of(new String[] {"as a string", "\"true\""}, new String[] {"as a number", "1"});
            case TEXT_LIST -> List.of(new String[] {"not a list", "\"x\""}, new String[] {"of numbers", "[1]", "[0]"},
                    new String[] {"with a NUL", "[\"a\\u0000\"]", "[0]"});
        };
    }

    /** Requests the container or the firewall refuses before any controller: broken paths and headers. */
    public static List<Case> brokenRequests(String validPath, String validBody) {
        byte[] body = validBody.getBytes(StandardCharsets.UTF_8);
        String base = validPath.substring(0, validPath.lastIndexOf('/') + 1);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("a ';' in a path segment", "PUT", base + "X;DROP", JSON, body, 400, "path"));
        cases.add(new Case("an encoded ';' in a path segment", "PUT", base + "X%3BDROP", JSON, body, 400, "path"));
        cases.add(new Case("an encoded slash", "PUT", base + "a%2Fb", JSON, body, 400, "path"));
        cases.add(new Case("an encoded NUL", "PUT", base + "a%00b", JSON, body, 400, "path"));
        cases.add(new Case("a broken escape", "PUT", base + "a%zz", JSON, body, 400, "path"));
        cases.add(new Case("an encoded backslash", "PUT", base + "a%5Cb", JSON, body, 400, "path"));
        cases.add(new Case("a very long path", "PUT", base + "a".repeat(10_000), JSON, body, 400, "path"));
        cases.add(new Case("a very long header", "PUT", validPath, Map.of("Content-Type", "application/json", "X-Long", "h".repeat(10_000)),
                body, 400, null));
        cases.add(new Case("an unknown path", "PUT", "/api/no-such-thing/x", JSON, body, 404, null));
        cases.add(new Case("DELETE", "DELETE", validPath, Map.of(), null, 405, null));
        cases.add(new Case("POST", "POST", validPath, JSON, body, 405, null));
        return cases;
    }
}
