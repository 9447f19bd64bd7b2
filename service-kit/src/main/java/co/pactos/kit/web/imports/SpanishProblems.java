package co.pactos.kit.web.imports;

import co.pactos.kit.web.batch.LineResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What the single PUT of a row answered, said in Spanish for the spreadsheet report, each field named by its column's
 * header. The API's own messages are English; the common ones are translated here, any other is given as it is,
 * marked as English, rather than lost.
 */
final class SpanishProblems {

    private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("plan", "el plan"), Map.entry("pact", "el pacto"),
            Map.entry("goal", "la meta"), Map.entry("dependency", "la dependencia"), Map.entry("activity", "la actividad"),
            Map.entry("call", "la convocatoria"), Map.entry("programme", "el programa"), Map.entry("investment", "la inversión"));
    private static final Pattern UNKNOWN = Pattern.compile("no (.+?) '([^']*)' has been recorded.*");
    private static final Pattern AT_MOST = Pattern.compile("must be less than or equal to (.+)");
    private static final Pattern AT_LEAST = Pattern.compile("must be greater than or equal to (.+)");
    private static final Pattern SIZE = Pattern.compile("size must be between (\\d+) and (\\d+)");
    private static final Pattern WITHIN_PLAN = Pattern.compile("must fall within the plan \\((\\S+) to (\\S+)\\).*");
    private static final Pattern FISCAL_YEAR = Pattern.compile("must fall in fiscal year (\\d+), was .*");

    private SpanishProblems() {
    }

    static List<RowMessage> of(LineResult result, ImportKind kind) {
        JsonNode problem = result.problem();
        return switch (result.status()) {
            case CREATED, UNCHANGED -> List.of();
            case CONFLICT -> List.of(new RowMessage(null, conflict(problem)));
            case FORBIDDEN -> List.of(new RowMessage(null, "su token no permite esta escritura y nada se registró" + allowed(problem)));
            case FAILED -> List.of(new RowMessage(null, "no se pudo registrar por una falla del servicio, no de la fila: envíe el archivo de"
                    + " nuevo (lo ya registrado quedará «sin cambios»)"));
            case INVALID -> invalid(problem, kind);
        };
    }

    /** A 409: the id holds something else, or (another type) the write is refused as things stand, e.g. a closed period. */
    private static String conflict(JsonNode problem) {
        String type = problem == null ? "/problems/conflict" : problem.path("type").asString("/problems/conflict");
        if (type.equals("/problems/conflict")) {
            return "ya hay un registro distinto con este identificador y nada se registró: si es un dato nuevo, use otro"
                    + " identificador; si quiere corregir el anterior, registre una corrección que lo nombre";
        }
        String detail = problem.path("detail").asString("");
        return type.endsWith("/period-closed")
                ? "el periodo de esta fecha está cerrado para registro y nada se registró; Planeación puede reabrirlo (en inglés: " + detail + ")"
                : "nada se registró (en inglés: " + detail + ")";
    }

    private static String allowed(JsonNode problem) {
        String dependency = problem == null ? "" : problem.path("allowedDependency").asString("");
        return dependency.isEmpty() ? "" : " (puede escribir solo para la dependencia " + dependency + " y sus subunidades)";
    }

    private static List<RowMessage> invalid(JsonNode problem, ImportKind kind) {
        List<RowMessage> messages = new ArrayList<>();
        if (problem != null && problem.path("errors").isArray()) {
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asString("");
                messages.add(new RowMessage(header(field, kind), message(error.path("message").asString(""))));
            }
        }
        if (messages.isEmpty()) {
            int status = problem == null ? 400 : problem.path("status").asInt(400);
            String detail = problem == null ? "" : problem.path("detail").asString("");
            messages.add(new RowMessage(null, status == 404
                    ? "no hay nada registrado a lo que pertenezca esta fila: revise los identificadores"
                    : "la fila no se pudo registrar (en inglés: " + detail + ")"));
        }
        return messages;
    }

    /** The header of the column a field of the PUT ({@code beneficiaries[0].count}, {@code goalId}) comes from. */
    static String header(String field, ImportKind kind) {
        String base = field.replaceAll("[\\[.].*", "");
        return kind.columns().stream().filter(column -> column.field().equals(base)).map(Column::header).findFirst()
                .orElse(field.isEmpty() ? null : field);
    }

    static String message(String english) {
        Matcher m;
        if (english.equals("must not be null") || english.equals("must not be blank") || english.equals("must not be empty")) {
            return "es obligatorio";
        }
        if ((m = UNKNOWN.matcher(english)).matches()) {
            String noun = NOUNS.getOrDefault(m.group(1), m.group(1));
            return "no se ha registrado " + noun + " «" + m.group(2) + "»: corrija el identificador o registre primero ese dato";
        }
        if ((m = AT_MOST.matcher(english)).matches()) {
            return "debe ser como máximo " + m.group(1);
        }
        if ((m = AT_LEAST.matcher(english)).matches()) {
            return "debe ser como mínimo " + m.group(1);
        }
        if ((m = SIZE.matcher(english)).matches()) {
            return "debe tener entre " + m.group(1) + " y " + m.group(2) + " caracteres (o elementos, en una lista)";
        }
        if ((m = WITHIN_PLAN.matcher(english)).matches()) {
            return "debe caer dentro del periodo del plan (" + m.group(1) + " a " + m.group(2) + ")";
        }
        if ((m = FISCAL_YEAR.matcher(english)).matches()) {
            return "debe caer en la vigencia " + m.group(1);
        }
        return "(en inglés) " + english;
    }
}
