package co.pactos.kit.history;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** How the history page writes things in Spanish (es-CO): dates, instants in Bogotá's time, numbers, pesos, event types. */
final class SpanishText {

    static final Locale ES_CO = Locale.forLanguageTag("es-CO");
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_CO);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm:ss", ES_CO).withZone(BOGOTA);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:\\d{2})");
    /** Fields that hold whole pesos. */
    private static final Set<String> MONEY = Set.of("amount", "committed", "executed");
    static final String EMPTY = "(vacío)";

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("PlanDeclared", "Plan declarado"),
            Map.entry("DependencyRegistered", "Dependencia registrada"),
            Map.entry("PactDeclared", "Pacto declarado"),
            Map.entry("GoalDeclared", "Meta declarada"),
            Map.entry("GoalLinkedToPact", "Meta vinculada a un pacto"),
            Map.entry("AnnualTargetSet", "Valor programado para un año"),
            Map.entry("ProgressReported", "Avance reportado"),
            Map.entry("ActivityRecorded", "Actividad registrada"),
            Map.entry("GoalAmended", "Meta modificada"),
            Map.entry("AnnualTargetRevised", "Valor programado revisado"),
            Map.entry("GoalLinkChanged", "Vínculo con el pacto cambiado"),
            Map.entry("ActivityCorrected", "Actividad corregida"),
            Map.entry("PeriodClosed", "Periodo cerrado"),
            Map.entry("PeriodReopened", "Periodo reabierto"),
            Map.entry("InvestmentCommitted", "Inversión comprometida"),
            Map.entry("InvestmentExecuted", "Ejecución de la inversión"),
            Map.entry("InvestmentAdjusted", "Ajuste de la inversión"),
            Map.entry("ProgrammeDeclared", "Programa declarado"),
            Map.entry("CallOpened", "Convocatoria abierta"),
            Map.entry("CallResultReported", "Resultado de la convocatoria"));

    private SpanishText() {
    }

    static String eventType(String type) {
        String name = type.substring(type.lastIndexOf('.') + 1);
        return EVENTS.getOrDefault(name, name);
    }

    static String instant(Instant instant) {
        return INSTANT.format(instant) + " (hora de Colombia)";
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A valid time as on Kafka ({@code 2022-06-30}, {@code 2022-01-01/2022-12-31}, {@code ..} for an open end). */
    static String validTime(String validTime) {
        if (validTime == null || validTime.equals("../..")) {
            return "Sin fecha (permanente)";
        }
        String[] ends = validTime.split("/");
        if (ends.length == 1) {
            return dateOrText(ends[0]);
        }
        if (ends[0].equals("..")) {
            return "Hasta el " + dateOrText(ends[1]);
        }
        if (ends[1].equals("..")) {
            return "Desde el " + dateOrText(ends[0]) + " (sin fecha de fin)";
        }
        return "Del " + dateOrText(ends[0]) + " al " + dateOrText(ends[1]);
    }

    /** A JSON value of a change, in words: dates and instants in Spanish, numbers in es-CO, pesos with $, lists by item. */
    static String value(String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return EMPTY;
        }
        if (value.isNumber()) {
            return number(field, value.decimalValue());
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "sí" : "no";
        }
        if (value.isString()) {
            return dateOrText(value.asString());
        }
        if (value.isArray()) {
            if (value.isEmpty()) {
                return "(ninguno)";
            }
            List<String> items = new ArrayList<>();
            value.values().forEach(item -> items.add(value(field, item)));
            return String.join("; ", items);
        }
        List<String> members = new ArrayList<>();
        value.properties().forEach(member -> members.add(member.getKey() + ": " + value(member.getKey(), member.getValue())));
        return String.join(", ", members);
    }

    private static String number(String field, BigDecimal number) {
        NumberFormat format = NumberFormat.getNumberInstance(ES_CO);
        format.setMaximumFractionDigits(6);
        String last = field.substring(field.lastIndexOf('.') + 1);
        return (MONEY.contains(last) ? "$" : "") + format.format(number);
    }

    private static String dateOrText(String text) {
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return date(LocalDate.parse(text));
            }
            if (ISO_INSTANT.matcher(text).matches()) {
                return instant(Instant.parse(text));
            }
        } catch (DateTimeParseException e) {
            // not a date after all: shown as written
        }
        return text;
    }
}
