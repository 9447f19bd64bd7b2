package co.pactos.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids of the generated plan: its dependencies, pacts and goals, and which goals serve which pact.
 * Goal {@code g} serves pact {@code g mod P} directly and, for most goals, another pact indirectly;
 * the first 500 goals also serve {@link #BIG_PACT}; {@link #FRESH_GOAL} alone serves {@link #FRESH_PACT}.
 */
final class PlanShape {

    static final String PLAN_ID = "valle-invencible-2020-2023";
    static final String BIG_PACT = "pacto-500-metas";
    static final int BIG_PACT_GOALS = 500;
    static final String FRESH_PACT = "pacto-frescura";
    static final String FRESH_GOAL = "meta-frescura";

    /** A unit of government; sub-units name their secretariat as parent. */
    record Dependency(String code, String name, String parent) {
    }

    static final List<Dependency> DEPENDENCIES = List.of(
            new Dependency("SDSP", "Secretaría de Desarrollo Social y Participación", null),
            new Dependency("STAC", "Subdirección Técnica de Acción Comunal", "SDSP"),
            new Dependency("SALUD", "Secretaría de Salud", null),
            new Dependency("SEDUC", "Secretaría de Educación", null),
            new Dependency("SMUJER", "Secretaría de la Mujer, Equidad de Género y Diversidad Sexual", null),
            new Dependency("SDE", "Secretaría de Desarrollo Económico y Competitividad", null),
            new Dependency("SAGRI", "Secretaría de Ambiente, Agricultura y Pesca", null),
            new Dependency("SCULT", "Secretaría de Cultura", null),
            new Dependency("SVIV", "Secretaría de Vivienda y Hábitat", null),
            new Dependency("SINFRA", "Secretaría de Infraestructura", null),
            new Dependency("STIC", "Secretaría de las TIC", null),
            new Dependency("SPAZ", "Secretaría de Paz Territorial y Reconciliación", null),
            new Dependency("SGOB", "Secretaría de Gobierno", null),
            new Dependency("SCONV", "Secretaría de Convivencia y Seguridad Ciudadana", "SGOB"),
            new Dependency("DAP", "Departamento Administrativo de Planeación", null),
            new Dependency("SDEP", "Secretaría del Deporte y la Recreación", null));

    private static final List<String> PACT_NAMES = List.of("accion-comunal", "mujeres", "juventudes", "etnias", "victimas",
            "campesinado", "discapacidad", "adulto-mayor", "primera-infancia", "lgbtiq", "pacifico", "cordillera", "agua",
            "emprendimiento", "turismo", "cultura", "deporte", "seguridad", "vivienda", "conectividad");

    private final int goals;
    private final List<String> pacts;

    PlanShape(int goals, int pacts) {
        this.goals = goals;
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < pacts; p++) {
            ids.add(p < PACT_NAMES.size() ? "pacto-" + PACT_NAMES.get(p) : "pacto-" + PACT_NAMES.get(p % PACT_NAMES.size()) + "-" + p);
        }
        this.pacts = List.copyOf(ids);
    }

    int goals() {
        return goals;
    }

    /** The plan's own pacts, without the 500-goal and freshness pacts. */
    List<String> pacts() {
        return pacts;
    }

    String goalId(int g) {
        return Ids.padded("meta-", g, 5);
    }

    String directPact(int g) {
        return pacts.get(g % pacts.size());
    }

    /** The pact goal {@code g} also serves indirectly, or null. */
    String indirectPact(int g) {
        if (pacts.size() < 2 || g % 5 >= 3) {
            return null;
        }
        return pacts.get((g * 7 + 3) % pacts.size()).equals(directPact(g)) ? pacts.get((g + 1) % pacts.size())
                : pacts.get((g * 7 + 3) % pacts.size());
    }

    boolean inBigPact(int g) {
        return g < BIG_PACT_GOALS;
    }

    /** Another goal serving the same pact directly as {@code g} (g itself when it is alone). */
    int sibling(int g, int step) {
        int other = g + step * pacts.size();
        return other < goals ? other : g;
    }

    /** A secretariat or sub-unit, by number. */
    Dependency dependency(int i) {
        return DEPENDENCIES.get(Math.floorMod(i, DEPENDENCIES.size()));
    }

    /** The pact whose report the latency run reads: the plan's first pact. */
    String samplePact() {
        return pacts.get(0);
    }
}
