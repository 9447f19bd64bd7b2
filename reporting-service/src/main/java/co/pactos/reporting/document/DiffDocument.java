package co.pactos.reporting.document;

import static co.pactos.reporting.document.SpanishFormat.date;
import static co.pactos.reporting.document.SpanishFormat.money;
import static co.pactos.reporting.document.SpanishFormat.percent;

import co.pactos.reporting.document.Document.Block;
import co.pactos.reporting.document.Document.Heading;
import co.pactos.reporting.document.Document.Paragraph;
import co.pactos.reporting.document.Document.Table;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.diff.ReportDiff;
import co.pactos.reporting.report.diff.ReportDiff.ExplainingEvent;
import co.pactos.reporting.report.diff.ReportDiff.FigureChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Cambios entre el informe del 15 de julio de 2022 y el del 30 de septiembre de 2022": every figure of a pact's report that
 * changed between two recorded instants, before and after, and the events recorded in between that explain it.
 */
public final class DiffDocument {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    /** Spanish names of the event types a diff lists. */
    static final Map<String, String> EVENT_NAMES = Map.ofEntries(
            Map.entry("co.pactos.goals.GoalDeclared", "Declaración de la meta"),
            Map.entry("co.pactos.goals.GoalLinkedToPact", "Vínculo de la meta al pacto"),
            Map.entry("co.pactos.goals.AnnualTargetSet", "Meta anual programada"),
            Map.entry("co.pactos.goals.ProgressReported", "Reporte de avance"),
            Map.entry("co.pactos.goals.GoalAmended", "Modificación de la meta"),
            Map.entry("co.pactos.goals.AnnualTargetRevised", "Revisión de la meta anual"),
            Map.entry("co.pactos.goals.GoalLinkChanged", "Cambio del vínculo con el pacto"),
            Map.entry("co.pactos.goals.ActivityRecorded", "Registro de la actividad"),
            Map.entry("co.pactos.goals.ActivityCorrected", "Corrección de la actividad"),
            Map.entry("co.pactos.investments.InvestmentCommitted", "Compromiso de inversión"),
            Map.entry("co.pactos.investments.InvestmentExecuted", "Ejecución de inversión"),
            Map.entry("co.pactos.investments.InvestmentAdjusted", "Ajuste de inversión"),
            Map.entry("co.pactos.investments.CallResultReported", "Resultado de convocatoria"),
            Map.entry("co.pactos.goals.PeriodClosed", "Cierre del período"),
            Map.entry("co.pactos.goals.PeriodReopened", "Reapertura del período"));

    /** Spanish names of the last part of a figure's path. */
    private static final Map<String, String> FIGURE_NAMES = Map.ofEntries(
            Map.entry("count", "número de metas"), Map.entry("meanProgress", "avance promedio"), Map.entry("link", "vínculo"),
            Map.entry("statement", "enunciado"), Map.entry("dependency", "dependencia coordinadora"),
            Map.entry("target", "meta del período"), Map.entry("achieved", "logro"), Map.entry("progress", "avance"),
            Map.entry("rawProgress", "avance sin tope"), Map.entry("committed", "inversión comprometida"),
            Map.entry("executed", "inversión ejecutada"), Map.entry("directGoals", "metas directas"),
            Map.entry("indirectGoals", "metas indirectas"), Map.entry("activityCount", "actividades"),
            Map.entry("investmentCount", "inversiones"), Map.entry("municipalities", "municipios"),
            Map.entry("ventures", "emprendimientos"), Map.entry("jobs", "empleos"), Map.entry("title", "título"),
            Map.entry("startDate", "fecha de inicio"), Map.entry("endDate", "fecha de fin"));

    private DiffDocument() {
    }

    public static Document of(ReportDiff diff) {
        String title = "Cambios entre el informe del " + date(bogota(diff.from())) + " y el del " + date(bogota(diff.to()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, title));
        blocks.add(new Paragraph(diff.pact().name() + ", informe " + period(diff.period()) + ", según lo registrado hasta el "
                + moment(diff.from()) + " y hasta el " + moment(diff.to()) + "."));
        if (diff.changes().isEmpty()) {
            blocks.add(new Paragraph("Ninguna cifra del informe cambió entre esos dos momentos."));
        } else {
            Map<String, Integer> numbers = new HashMap<>();
            for (int i = 0; i < diff.events().size(); i++) {
                numbers.put(diff.events().get(i).eventId(), i + 1);
            }
            blocks.add(new Heading(2, "Cifras que cambiaron"));
            blocks.add(new Table(List.of("Cifra", "Antes", "Después", "Eventos"), diff.changes().stream()
                    .map(c -> List.of(figure(c), value(c.figure(), c.from(), c.fromText()), value(c.figure(), c.to(), c.toText()),
                            String.join(", ", c.events().stream().map(id -> String.valueOf(numbers.get(id))).toList())))
                    .toList()));
        }
        if (!diff.events().isEmpty()) {
            blocks.add(new Heading(2, "Eventos registrados entre los dos informes"));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < diff.events().size(); i++) {
                ExplainingEvent e = diff.events().get(i);
                rows.add(List.of(String.valueOf(i + 1), moment(e.recordedAt()), EVENT_NAMES.getOrDefault(e.type(), e.type()),
                        subject(e.subject()), who(e.recordedBy()), text(e.reason()), text(e.legalAct())));
            }
            blocks.add(new Table(List.of("N.º", "Registrado", "Evento", "Sobre", "Quién", "Motivo", "Acto administrativo"), rows));
        }
        return new Document(title, blocks, "Cada cifra es la del informe tal como se conocía en cada momento (asOf); los eventos "
                + "son los registrados después del primer momento y hasta el segundo, sobre las metas, actividades, inversiones y "
                + "convocatorias del informe.");
    }

    static String figure(FigureChange change) {
        String[] parts = change.figure().split("/");
        String last = parts[parts.length - 1];
        String name;
        if (parts.length >= 3 && parts[parts.length - 2].equals("beneficiaries")) {
            name = "beneficiarios: " + last;
        } else {
            name = FIGURE_NAMES.getOrDefault(last, last);
        }
        String where = switch (parts[0]) {
            case "directGoals" -> "Metas directas";
            case "indirectGoals" -> "Metas indirectas";
            case "timeline" -> (parts[2].equals("directGoals") ? "Metas directas " : "Metas indirectas ") + period(parts[1]);
            case "goals" -> "Meta " + change.about();
            case "dependencies" -> change.about();
            case "allPacts" -> change.about() + " (todos los pactos)";
            case "activities" -> "Actividad “" + change.about() + "”";
            case "totals" -> "Totales del informe";
            default -> parts[0];
        };
        return where + ": " + name;
    }

    static String value(String figure, BigDecimal number, String text) {
        if (text != null && figure.endsWith("Date")) {
            return date(java.time.LocalDate.parse(text));
        }
        if (text != null) {
            return text.equals("DIRECT") ? "Directa" : text.equals("INDIRECT") ? "Indirecta" : text;
        }
        if (number == null) {
            return figure.startsWith("goals/") && figure.endsWith("/link") ? "no sirve al pacto" : "—";
        }
        if (figure.endsWith("/committed") || figure.endsWith("/executed")) {
            return money(number.longValue());
        }
        if (figure.endsWith("Progress") || figure.endsWith("/progress")) {
            return percent(number);
        }
        return SpanishFormat.decimal(number);
    }

    static String subject(String subject) {
        int colon = subject.indexOf(':');
        String kind = subject.substring(0, colon);
        String id = subject.substring(colon + 1);
        return switch (kind) {
            case "goal" -> "meta " + id;
            case "activity" -> "actividad " + id;
            case "investment" -> "inversión " + id;
            case "call" -> "convocatoria " + id;
            case "plan" -> "plan " + id;
            default -> subject;
        };
    }

    static String who(PactReport.Recorder recorder) {
        if (recorder == null) {
            return "—";
        }
        String name = recorder.dependencyName() != null ? recorder.dependencyName() : recorder.dependency();
        String user = recorder.actor() != null ? recorder.actor() : recorder.client();
        return name == null ? text(user) : user == null ? name : name + " (" + user + ")";
    }

    static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    static String period(String period) {
        if (period.equals("plan")) {
            return "del período de gobierno";
        }
        return period.length() == 4 ? "del año " + period : "con corte a " + date(java.time.LocalDate.parse(period));
    }

    private static java.time.LocalDate bogota(Instant instant) {
        return LocalDateTime.ofInstant(instant, BOGOTA).toLocalDate();
    }

    static String moment(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, BOGOTA);
        return date(local.toLocalDate()) + String.format(", %02d:%02d", local.getHour(), local.getMinute());
    }
}
