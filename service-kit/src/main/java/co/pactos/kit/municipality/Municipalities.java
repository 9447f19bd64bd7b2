package co.pactos.kit.municipality;

import co.pactos.kit.domain.RuleViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipalities and districts of a department, by DIVIPOLA code, read from a CSV file with
 * the header {@code code,name,kind} (kind MUNICIPALITY or DISTRICT). Valle del Cauca's 42 ship with
 * the kit; another department's list is loaded with {@code pactos.municipalities.file}.
 */
public final class Municipalities {

    public static final String VALLE_DEL_CAUCA = "/municipalities/76-valle-del-cauca.csv";

    /** One municipality or district. */
    public record Municipality(String code, String name, Kind kind) {
    }

    public enum Kind { MUNICIPALITY, DISTRICT }

    private final Map<String, Municipality> byCode;

    private Municipalities(Map<String, Municipality> byCode) {
        this.byCode = byCode;
    }

    public static Municipalities valleDelCauca() {
        try (InputStream in = Municipalities.class.getResourceAsStream(VALLE_DEL_CAUCA)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a {@code code,name,kind} CSV; a malformed line fails with its line number. */
    public static Municipalities read(InputStream csv) throws IOException {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || !line.strip().equalsIgnoreCase("code,name,kind")) {
            throw new IllegalArgumentException("a municipality list starts with the header code,name,kind");
        }
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3 || !cells[0].strip().matches("\\d{5}")) {
                throw new IllegalArgumentException("line " + number + " is not code,name,kind with a 5-digit code: " + line);
            }
            Municipality m = new Municipality(cells[0].strip(), cells[1].strip(), Kind.valueOf(cells[2].strip().toUpperCase()));
            if (byCode.put(m.code(), m) != null) {
                throw new IllegalArgumentException("line " + number + " repeats code " + m.code());
            }
        }
        return new Municipalities(byCode);
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Municipality> all() {
        return byCode.values();
    }

    /** Rejects, naming the field, any code that is not in the list; repeated codes are rejected too. */
    public void check(String field, List<String> codes) {
        if (codes == null) {
            return;
        }
        List<String> unknown = codes.stream().filter(code -> !byCode.containsKey(code)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(field, "unknown DIVIPOLA codes " + unknown + "; use the 5-digit codes of the "
                    + byCode.size() + " municipalities and districts loaded (e.g. " + byCode.keySet().iterator().next() + ")");
        }
        if (codes.stream().distinct().count() != codes.size()) {
            throw new RuleViolation(field, "lists a municipality more than once");
        }
    }
}
