/*
 * Checks an export of a Pactos command service's log against its signed checkpoints, offline, with
 * nothing but a JDK 17 or newer:
 *
 *   java audit/Verify.java --events goals.ndjson --checkpoints checkpoints.json --keys keys.json [--origin /pactos/goals-service]
 *
 * The form it checks is the one in shared/API.md ("The chain"): each NDJSON line is a JSON object whose
 * "hash" is the lowercase hex SHA-256 of the RFC 8785 (JCS) canonical JSON of the line without "hash",
 * whose "prevhash" is the hash of the line before (64 zeros for position 1), and whose "position" counts
 * 1, 2, 3 ... A checkpoint {origin, position, hash, signedAt, keyId, signature} is signed with Ed25519
 * over the JCS form of the checkpoint without "signature"; a key is {keyId, algorithm, publicKey} with
 * publicKey the base64 X.509 SubjectPublicKeyInfo.
 *
 * The checkpoints decide which log is checked (their one origin, or --origin), and the export's "source"
 * must be it; only that origin's checkpoints are used, so one checkpoints file may hold several services'
 * checkpoints (then the export's source picks among them, or --origin names it). A line with a member name twice is refused (RFC 8785 needs I-JSON). A
 * line of a chained event whose content is gone (no "data" nor "data_base64") names the deleted event.
 *
 * Exit 0 and a summary when everything verifies; exit 1 and the first break ("chain breaks at position N
 * (event <id>): <why>"), the first bad checkpoint, a line cut off (named with the last position that
 * verified) or, unless --allow-unsigned is given, an export that no checkpoint covers (a consistent chain
 * without a signature proves nothing against whoever can write the service's database); exit 2 for a
 * usage or file error.
 *
 * This file is deliberately self-contained (its own small JSON parser and JCS canonicalizer), so an
 * auditor can read all of it and trust nothing of the service's code.
 */

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Verify {

    static final String GENESIS = "0".repeat(64);

    /** A failed check: its message is the verdict. */
    static final class Broken extends Exception {
        Broken(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        boolean allowUnsigned = false;
        boolean usage = false;
        for (int i = 0; i < args.length; ) {
            if (args[i].equals("--allow-unsigned")) {
                allowUnsigned = true;
                i++;
            } else if (i + 1 < args.length && List.of("--events", "--checkpoints", "--keys", "--origin").contains(args[i])) {
                options.put(args[i], args[i + 1]);
                i += 2;
            } else {
                usage = true;
                break;
            }
        }
        if (usage || !options.containsKey("--events") || !options.containsKey("--checkpoints") || !options.containsKey("--keys")) {
            System.err.println("usage: java Verify.java --events <export.ndjson> --checkpoints <checkpoints.json> --keys <keys.json>"
                    + " [--origin <source of the log>] [--allow-unsigned]");
            System.exit(2);
        }
        try {
            System.out.println(verify(Path.of(options.get("--events")), Path.of(options.get("--checkpoints")),
                    Path.of(options.get("--keys")), options.get("--origin"), allowUnsigned));
            System.exit(0);
        } catch (Broken e) {
            System.out.println("FAILED: " + e.getMessage());
            System.exit(1);
        } catch (IOException | RuntimeException e) {
            System.err.println("cannot verify: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Verifies the three files; answers the summary, or throws the first break. Only the checkpoints whose origin is the
     * export's source are used (a file may hold the checkpoints of several services); unless {@code allowUnsigned}, an
     * export that no checkpoint covers is a failure: a chain that is consistent but not signed proves nothing against
     * whoever can write the service's database (they can chain a forged log just as well).
     */
    static String verify(Path events, Path checkpointsFile, Path keysFile, boolean allowUnsigned) throws IOException, Broken {
        return verify(events, checkpointsFile, keysFile, null, allowUnsigned);
    }

    /**
     * As {@link #verify(Path, Path, Path, boolean)}, checking the log of {@code expectedOrigin} (null: the one origin of the
     * checkpoints, or, when they hold several, the export's source if it is one of them). The checkpoints decide which log
     * is checked, not the export: an export emptied or chained anew under another source must not pass over them.
     */
    static String verify(Path events, Path checkpointsFile, Path keysFile, String expectedOrigin, boolean allowUnsigned)
            throws IOException, Broken {
        Map<String, PublicKey> keys = keys(keysFile);
        List<Object> allCheckpoints = array(parseFile(checkpointsFile), checkpointsFile.toString());
        String origin = origin(expectedOrigin, allCheckpoints, firstSource(events));
        TreeMap<Long, List<Map<String, Object>>> checkpoints = checkpoints(allCheckpoints, origin, keys, checkpointsFile);
        int ofOrigin = checkpoints.values().stream().mapToInt(List::size).sum();
        int ofOthers = allCheckpoints.size() - ofOrigin;
        long expected = 1;
        String prevhash = GENESIS;
        long lineNumber = 0;
        long lastGoodLine = 0;
        try (BufferedReader lines = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                lineNumber++;
                if (text.isBlank()) {
                    continue;
                }
                Map<String, Object> line = line(text, lineNumber, expected - 1, lastGoodLine, events);
                long position = whole(line.get("position"), "line " + lineNumber + ": position");
                String id = line.get("id") instanceof String s ? s : "?";
                if (position > expected) {
                    throw new Broken("chain breaks at position " + expected + " (event unknown): it is missing from the export, its"
                            + " place in the chain deleted with it; the line after position " + (expected - 1) + " is position "
                            + position + " (event " + id + ")");
                }
                if (position < expected) {
                    throw new Broken("chain breaks at position " + position + " (event " + id + "): out of order, the line before"
                            + " was position " + (expected - 1));
                }
                Object hash = line.remove("hash");
                if (!(hash instanceof String recorded)) {
                    throw new Broken("chain breaks at position " + position + " (event " + id + "): the line has no hash");
                }
                if (!prevhash.equals(line.get("prevhash"))) {
                    throw new Broken("chain breaks at position " + position + " (event " + id + "): its prevhash " + line.get("prevhash")
                            + " is not the hash of position " + (position - 1) + " (" + prevhash + ")");
                }
                if (!line.containsKey("data") && !line.containsKey("data_base64")) {
                    throw new Broken("chain breaks at position " + position + " (event " + id + "): its content is missing from the"
                            + " log: the event was deleted after it was chained");
                }
                String computed = sha256(Jcs.bytes(line));
                if (!computed.equals(recorded)) {
                    throw new Broken("chain breaks at position " + position + " (event " + id + "): its content does not match its"
                            + " hash (recorded " + recorded + ", the content hashes to " + computed + "): the event was changed, or"
                            + " another event put in its place, after it was chained");
                }
                Object source = line.get("source");
                if (origin == null || !origin.equals(source)) {
                    throw new Broken("chain breaks at position " + position + " (event " + id + "): source " + source
                            + " differs from the export's " + origin);
                }
                for (Map<String, Object> checkpoint : checkpoints.getOrDefault(position, List.of())) {
                    if (!recorded.equals(checkpoint.get("hash"))) {
                        throw new Broken("checkpoint at position " + position + " (signed at " + checkpoint.get("signedAt") + ") says "
                                + checkpoint.get("origin") + " had hash " + checkpoint.get("hash") + ", but the export has " + origin
                                + " with hash " + recorded + " (event " + id + ")");
                    }
                }
                prevhash = recorded;
                expected++;
                lastGoodLine = lineNumber;
            }
        }
        long last = expected - 1;
        if (!checkpoints.isEmpty() && checkpoints.lastKey() > last) {
            Map<String, Object> beyond = checkpoints.ceilingEntry(last + 1).getValue().get(0);
            throw new Broken("the export ends at position " + last + ", but the checkpoint signed at " + beyond.get("signedAt")
                    + " covers position " + beyond.get("position") + ": events are missing at the end (or the checkpoints were"
                    + " fetched after the events: fetch them first)");
        }
        String others = ofOthers == 0 ? "" : "; " + ofOthers + " checkpoint" + (ofOthers == 1 ? "" : "s") + " of other origins"
                + " passed over";
        String chain = last + " events of " + (origin == null ? "an empty log" : origin) + " chain from position 1 to " + last;
        if (checkpoints.isEmpty()) {
            if (!allowUnsigned) {
                throw new Broken("nothing is signed: no checkpoint of " + (origin == null ? "the export's source" : origin)
                        + " covers any position of the export (" + chain + others + "). A consistent chain without a"
                        + " signature proves nothing against whoever can write the service's database; fetch the checkpoints"
                        + " once one is signed, or pass --allow-unsigned to check only that the chain is consistent");
            }
            return "OK (unsigned, --allow-unsigned): " + chain + "; no checkpoint signs any of them" + others;
        }
        long covered = checkpoints.lastKey();
        return "OK: " + chain + "; " + ofOrigin + " checkpoint" + (ofOrigin == 1 ? "" : "s") + " verified (signature and hash), the"
                + " last at position " + covered + (last > covered ? "; the " + (last - covered) + " events after it chain but no"
                + " checkpoint signs them yet" : "") + others;
    }

    /**
     * One line of the export as a JSON object; a line that is not one (cut off by an interrupted download, or damaged)
     * and a line that holds a member twice are breaks, named by their line and the last position that verified.
     */
    static Map<String, Object> line(String text, long lineNumber, long lastPosition, long lastGoodLine, Path events) throws Broken {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (Json.Duplicate d) {
            Object position = d.value instanceof Map<?, ?> m ? m.get("position") : null;
            Object id = d.value instanceof Map<?, ?> m ? m.get("id") : null;
            throw new Broken("chain breaks at " + (position == null ? "line " + lineNumber : "position " + position + " (event " + id
                    + ", line " + lineNumber + ")") + ": the member \"" + d.name + "\" appears twice in one object; RFC 8785 needs"
                    + " I-JSON (unique member names), so the line has no one canonical form and its hash proves nothing");
        } catch (IllegalArgumentException e) {
            throw new Broken("line " + lineNumber + " of " + events + " is not a whole JSON object (" + e.getMessage() + "): the"
                    + " export is cut off or damaged there; it verified up to position " + lastPosition
                    + (lastGoodLine > 0 ? " (line " + lastGoodLine + ")" : "") + ": export it again (from after=" + lastPosition + ")");
        }
        return object(parsed, "line " + lineNumber + " of " + events);
    }

    /** The log to check: named, the checkpoints' one origin, or the export's source if it is one of their origins. */
    static String origin(String expected, List<Object> checkpoints, String exportSource) throws Broken {
        java.util.Set<String> origins = new java.util.TreeSet<>();
        for (Object checkpoint : checkpoints) {
            if (checkpoint instanceof Map<?, ?> m && m.get("origin") instanceof String o) {
                origins.add(o);
            }
        }
        String origin = expected != null ? expected
                : origins.size() == 1 ? origins.iterator().next()
                : origins.isEmpty() || (exportSource != null && origins.contains(exportSource)) ? exportSource
                : null;
        if (origin == null) {
            throw new Broken("the checkpoints are of " + origins + " and the export " + (exportSource == null ? "holds no event"
                    : "is the log of " + exportSource) + ": name the log to check with --origin");
        }
        if (exportSource != null && !origin.equals(exportSource)) {
            throw new Broken("the export is the log of " + exportSource + ", but " + (expected != null ? "--origin names "
                    : "the checkpoints are of ") + origin + ": it is another log, or its events were chained anew under another source");
        }
        return origin;
    }

    /** The {@code source} of the export's first line; null if none can be read. */
    static String firstSource(Path events) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                if (!text.isBlank()) {
                    try {
                        return Json.parse(text) instanceof Map<?, ?> m && m.get("source") instanceof String s ? s : null;
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** A whole file as one JSON value; a member twice in one object is refused (as in the export). */
    static Object parseFile(Path file) throws IOException, Broken {
        try {
            return Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (Json.Duplicate d) {
            throw new Broken(file + ": the member \"" + d.name + "\" appears twice in one object; RFC 8785 needs I-JSON (unique"
                    + " member names)");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, PublicKey> keys(Path file) throws IOException, Broken {
        Map<String, PublicKey> keys = new HashMap<>();
        for (Object item : array(parseFile(file), file.toString())) {
            Map<String, Object> key = object(item, "a key of " + file);
            if (!"Ed25519".equals(key.get("algorithm"))) {
                throw new Broken("key " + key.get("keyId") + " is " + key.get("algorithm") + ", not Ed25519");
            }
            try {
                keys.put((String) key.get("keyId"), KeyFactory.getInstance("Ed25519")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode((String) key.get("publicKey")))));
            } catch (Exception e) {
                throw new Broken("key " + key.get("keyId") + " is not a base64 X.509 Ed25519 public key: " + e.getMessage());
            }
        }
        return keys;
    }

    /** The checkpoints of {@code origin} by position, each signature checked; those of other origins are passed over. */
    static TreeMap<Long, List<Map<String, Object>>> checkpoints(List<Object> all, String origin, Map<String, PublicKey> keys, Path file)
            throws Broken {
        TreeMap<Long, List<Map<String, Object>>> byPosition = new TreeMap<>();
        for (Object item : all) {
            Map<String, Object> checkpoint = object(item, "a checkpoint of " + file);
            if (origin == null || !origin.equals(checkpoint.get("origin"))) {
                continue;
            }
            long position = whole(checkpoint.get("position"), "a checkpoint's position");
            Map<String, Object> signed = new LinkedHashMap<>(checkpoint);
            Object signature = signed.remove("signature");
            PublicKey key = keys.get(checkpoint.get("keyId"));
            String which = "checkpoint at position " + position + " (signed at " + checkpoint.get("signedAt") + ")";
            if (key == null) {
                throw new Broken(which + " names key " + checkpoint.get("keyId") + ", which is not among the keys");
            }
            boolean valid;
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(key);
                verifier.update(Jcs.bytes(signed));
                valid = signature instanceof String text && verifier.verify(Base64.getDecoder().decode(text));
            } catch (Exception e) {
                valid = false;
            }
            if (!valid) {
                throw new Broken(which + ": the signature does not verify with key " + checkpoint.get("keyId"));
            }
            byPosition.computeIfAbsent(position, p -> new ArrayList<>()).add(checkpoint);
        }
        return byPosition;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String what) throws Broken {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new Broken(what + " is not a JSON object");
    }

    static List<Object> array(Object value, String what) throws Broken {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw new Broken(what + " is not a JSON array");
    }

    static long whole(Object value, String what) throws Broken {
        try {
            return ((BigDecimal) value).longValueExact();
        } catch (RuntimeException e) {
            throw new Broken(what + " is not a whole number: " + value);
        }
    }

    /** A small JSON parser: objects as LinkedHashMap, arrays as ArrayList, numbers as BigDecimal, null as {@link #NULL}. */
    static final class Json {

        static final Object NULL = new Object() {
            @Override
            public String toString() {
                return "null";
            }
        };

        /** A JSON text with a member name twice in one object: I-JSON (RFC 7493), which RFC 8785 needs, refuses it. */
        static final class Duplicate extends IllegalArgumentException {
            final String name;
            final Object value;

            Duplicate(String name, Object value) {
                super("JSON: the member \"" + name + "\" appears twice in one object");
                this.name = name;
                this.value = value;
            }
        }

        private final String text;
        private int at;
        /** The first member name seen twice in one object. */
        private String duplicate;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw json.error("more after the JSON value");
            }
            if (json.duplicate != null) {
                throw new Duplicate(json.duplicate, value);
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("a value is missing");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", NULL);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            space();
            if (peek('}')) {
                at++;
                return object;
            }
            while (true) {
                space();
                if (!peek('"')) {
                    throw error("a member name is missing");
                }
                String name = string();
                space();
                expect(':');
                Object value = value();
                if (object.containsKey(name)) {
                    duplicate = duplicate == null ? name : duplicate;
                } else {
                    object.put(name, value);
                }
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            at++;
            space();
            if (peek(']')) {
                at++;
                return array;
            }
            while (true) {
                array.add(value());
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (true) {
                if (at >= text.length()) {
                    throw error("a string is not closed");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("a control character in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = at < text.length() ? text.charAt(at++) : '?';
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("a \\u escape is cut short");
                        }
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("an unknown escape \\" + e);
                }
            }
        }

        private BigDecimal number() {
            int start = at;
            if (peek('-')) {
                at++;
            }
            while (at < text.length() && "0123456789.eE+-".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String literal = text.substring(start, at);
            if (!literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw error("not a JSON value: '" + (literal.isEmpty() ? text.charAt(at) : literal) + "'");
            }
            return new BigDecimal(literal);
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("not a JSON value");
            }
            at += word.length();
            return value;
        }

        private void space() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("'" + c + "' expected");
            }
            at++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at character " + at);
        }
    }

    /** RFC 8785 (JCS): members sorted by UTF-16 code units, no whitespace, minimal escapes, ECMAScript numbers. */
    static final class Jcs {

        static byte[] bytes(Object value) {
            StringBuilder out = new StringBuilder();
            write(out, value);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        static void write(StringBuilder out, Object value) {
            if (value == Json.NULL || value == null) {
                out.append("null");
            } else if (value instanceof Boolean b) {
                out.append(b);
            } else if (value instanceof String s) {
                string(out, s);
            } else if (value instanceof BigDecimal n) {
                out.append(number(n.doubleValue()));
            } else if (value instanceof Map<?, ?> map) {
                List<String> names = new ArrayList<>();
                map.keySet().forEach(k -> names.add((String) k));
                Collections.sort(names);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    string(out, names.get(i));
                    out.append(':');
                    write(out, map.get(names.get(i)));
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(out, list.get(i));
                }
                out.append(']');
            } else {
                throw new IllegalArgumentException("not JSON: " + value);
            }
        }

        static void string(StringBuilder out, String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            out.append('"');
        }

        /** ECMAScript's Number.prototype.toString of a double (RFC 8785 section 3.2.2.3). */
        static String number(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            if (d == 0) {
                return "0";
            }
            BigDecimal shortest = shortest(Math.abs(d));
            String digits = shortest.unscaledValue().toString();
            int k = digits.length();
            int n = k - shortest.scale();
            StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
            if (k <= n && n <= 21) {
                out.append(digits).append("0".repeat(n - k));
            } else if (0 < n && n <= 21) {
                out.append(digits, 0, n).append('.').append(digits, n, k);
            } else if (-6 < n && n <= 0) {
                out.append("0.").append("0".repeat(-n)).append(digits);
            } else {
                out.append(digits.charAt(0));
                if (k > 1) {
                    out.append('.').append(digits, 1, k);
                }
                out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
            }
            return out.toString();
        }

        /** The fewest digits that read back as d; of two candidates the nearer, of two as near the even one. */
        static BigDecimal shortest(double d) {
            BigDecimal exact = new BigDecimal(d);
            for (int p = 1; p <= 17; p++) {
                BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
                BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
                boolean downOk = down.doubleValue() == d;
                boolean upOk = up.doubleValue() == d;
                if (downOk && upOk) {
                    int c = exact.subtract(down).compareTo(up.subtract(exact));
                    BigDecimal pick = c < 0 ? down : c > 0 ? up : down.unscaledValue().testBit(0) ? up : down;
                    return pick.stripTrailingZeros();
                }
                if (downOk || upOk) {
                    return (downOk ? down : up).stripTrailingZeros();
                }
            }
            return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
        }

    }
}
