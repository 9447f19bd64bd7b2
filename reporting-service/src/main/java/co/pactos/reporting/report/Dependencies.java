package co.pactos.reporting.report;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The units of government as known at an instant. Sub-units roll up into the secretariat at the
 * top of their chain (the Subdirección Técnica de Acción Comunal reports under the Secretaría de
 * Desarrollo Social y Participación), as the published reports group them.
 */
final class Dependencies {

    private record Unit(String name, String parent) {
    }

    private final Map<String, Unit> units = new HashMap<>();

    Dependencies(JdbcClient jdbc) {
        jdbc.sql("select code, name, parent_code from known_dependency")
                .query(rs -> {
                    units.put(rs.getString(1), new Unit(rs.getString(2), rs.getString(3)));
                });
    }

    /** The name of a unit; its code when it is not (yet) known. */
    String name(String code) {
        Unit unit = units.get(code);
        return unit == null ? code : unit.name();
    }

    /** The unit at the top of the chain above {@code code} (itself when it has no parent). */
    String root(String code) {
        String current = code;
        for (int depth = 0; depth < units.size(); depth++) {
            Unit unit = units.get(current);
            if (unit == null || unit.parent() == null) {
                return current;
            }
            current = unit.parent();
        }
        return current; // a cycle cannot be recorded (parents must exist first); stop anyway
    }
}
