package co.pactos.reporting.document;

import static co.pactos.reporting.document.SpanishFormat.count;
import static co.pactos.reporting.document.SpanishFormat.date;
import static co.pactos.reporting.document.SpanishFormat.list;
import static co.pactos.reporting.document.SpanishFormat.money;
import static co.pactos.reporting.document.SpanishFormat.number;
import static co.pactos.reporting.document.SpanishFormat.percent;

import co.pactos.reporting.document.Document.Block;
import co.pactos.reporting.document.Document.Bullets;
import co.pactos.reporting.document.Document.Heading;
import co.pactos.reporting.document.Document.Paragraph;
import co.pactos.reporting.document.Document.Table;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReport.ActivityLine;
import co.pactos.reporting.report.PactReport.AllPactsSection;
import co.pactos.reporting.report.PactReport.CallLine;
import co.pactos.reporting.report.PactReport.DependencySection;
import co.pactos.reporting.report.PactReport.GoalLine;
import co.pactos.reporting.report.PactReport.InvestmentLine;
import co.pactos.reporting.report.PactReport.PeriodProgress;
import co.pactos.reporting.report.PactReport.ProgrammeLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pact's report written in Spanish the way the published reports are: the goals, the progress
 * paragraph, "Informe por dependencias", the section for all pacts, the totals, and a footnote with
 * the formulas. Every figure comes from the {@link PactReport}.
 */
public final class PactDocument {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private final PactReport report;
    private final List<Block> blocks = new ArrayList<>();

    private PactDocument(PactReport report) {
        this.report = report;
    }

    public static Document of(PactReport report, Instant generatedAt) {
        return new PactDocument(report).build(generatedAt);
    }

    private Document build(Instant generatedAt) {
        String pactName = report.pact().name();
        blocks.add(new Heading(1, pactName.toUpperCase(Locale.forLanguageTag("es-CO"))));
        blocks.add(new Paragraph("Informe de avance " + periodPhrase(report.period()) + ". Plan de Desarrollo “"
                + report.plan().name() + "” " + planYears() + ". " + standing(generatedAt)));
        closures();
        goalsParagraphs(pactName);
        progressParagraphs();
        goalTable();
        dependencySections();
        allPactsSections();
        totals();
        return new Document(pactName + " — informe " + periodPhrase(report.period()), blocks, footnote());
    }

    /** "Cifras cerradas el 15 de julio de 2022 por Planeación", per closed period the report covers, and its reopenings. */
    private void closures() {
        for (PactReport.Closure closure : report.closures()) {
            StringBuilder text = new StringBuilder("Cifras cerradas el ").append(date(bogota(closure.closedAt())))
                    .append(" por ").append(who(closure.closedBy())).append(" (")
                    .append(periodPhrase(closure.period()).replaceFirst("^del ", "")).append(": del ").append(date(closure.from()))
                    .append(" al ").append(date(closure.to())).append(')').append('.');
            if (closure.reason() != null && !closure.reason().isBlank()) {
                text.append(" Motivo: ").append(sentence(closure.reason()));
            }
            List<PactReport.Reopening> reopenings = closure.reopenings();
            for (int i = 0; i < reopenings.size(); i++) {
                PactReport.Reopening reopening = reopenings.get(i);
                text.append(" Reabiertas el ").append(date(bogota(reopening.reopenedAt()))).append(" por ")
                        .append(who(reopening.reopenedBy()))
                        .append(reopening.until() == null ? "" : " hasta el "
                                + date(bogota(reopening.until())))
                        .append(i + 1 < reopenings.size() ? replaced(reopening, reopenings.get(i + 1))
                                : reopening.inForce() ? "" : " (reapertura vencida)").append('.');
                if (reopening.reason() != null && !reopening.reason().isBlank()) {
                    text.append(" Motivo: ").append(sentence(reopening.reason()));
                }
            }
            blocks.add(new Paragraph(text.toString()));
        }
    }

    /** A reopening followed by a later one: it had lapsed by then, or the later one replaced it (as goals-service decides). */
    private static String replaced(PactReport.Reopening reopening, PactReport.Reopening later) {
        return reopening.until() != null && !reopening.until().isAfter(later.reopenedAt()) ? " (reapertura vencida)"
                : " (reemplazada por la reapertura del " + date(bogota(later.reopenedAt())) + ")";
    }

    private static java.time.LocalDate bogota(Instant instant) {
        return LocalDateTime.ofInstant(instant, BOGOTA).toLocalDate();
    }

    /** Who recorded it, as people know them: the dependency's name, else its code, the client or the user. */
    private static String who(PactReport.Recorder recorder) {
        return AmendmentWording.who(recorder);
    }

    private void goalsParagraphs(String pactName) {
        int direct = report.directGoals().count();
        int indirect = report.indirectGoals().count();
        int total = direct + indirect;
        List<String> directBy = dependencyNames("DIRECT");
        String directPart = direct == 0 ? "ninguna es meta directa"
                : direct == 1 ? "una (1) es meta directa y llevada a cabo por la " + list(directBy)
                : count(direct) + " son metas directas, coordinadas por " + articles(directBy);
        blocks.add(new Paragraph("El " + pactName + " se lleva a cabo a través de " + count(total) + (total == 1 ? " meta" : " metas")
                + " del Plan de Desarrollo “" + report.plan().name() + "” " + planYears() + ", de las cuales " + directPart + "."));
        if (indirect > 0) {
            List<String> indirectBy = dependencyNames("INDIRECT");
            blocks.add(new Paragraph("Además de las metas directas del plan de desarrollo asociadas a este pacto, "
                    + (indirect == 1 ? "existe una (1) meta indirecta, que consiste" : "existen " + count(indirect)
                    + " metas indirectas, que consisten") + " en iniciativas dirigidas a la atención de distintos grupos "
                    + "poblacionales que también pueden impactar a la población del pacto, y "
                    + (indirectBy.size() == 1 ? "cuya dependencia coordinadora de meta es: " : "cuyas dependencias coordinadoras de meta son: ")
                    + list(indirectBy) + "."));
        }
    }

    private void progressParagraphs() {
        List<PeriodProgress> timeline = report.timeline();
        if (report.directGoals().count() > 0) {
            boolean none = timeline.stream().allMatch(p -> p.directGoals().meanProgress() != null
                    && p.directGoals().meanProgress().signum() == 0);
            if (none) {
                blocks.add(new Paragraph("Este pacto " + list(timeline.stream().map(p -> inPeriod(p.period())).toList())
                        + " no presentó avance en el cumplimiento de sus metas directas, por lo cual el promedio de avance de "
                        + "estas metas directas ha sido del " + percent(BigDecimal.ZERO) + ".", true));
            } else {
                blocks.add(new Paragraph("El promedio de avance de las metas directas de este pacto fue "
                        + list(timeline.stream().map(p -> mean(p.directGoals().meanProgress()) + " " + inPeriod(p.period())).toList())
                        + ".", true));
            }
        }
        if (report.indirectGoals().count() > 0) {
            boolean programmed = timeline.stream().anyMatch(p -> p.indirectGoals().meanProgress() != null);
            blocks.add(new Paragraph(programmed
                    ? "El promedio de avance de las metas indirectas, que se presenta aparte y no se mezcla con el de las directas, fue "
                    + list(timeline.stream().map(p -> mean(p.indirectGoals().meanProgress()) + " " + inPeriod(p.period())).toList()) + "."
                    : "Las metas indirectas no tienen metas anuales programadas (NP) en estos períodos, por lo cual no se promedia su avance.",
                    report.directGoals().count() == 0));
        }
        report.goals().stream()
                .filter(g -> g.link().equals("DIRECT") && g.progress() != null && g.progress().signum() == 0)
                .forEach(g -> blocks.add(new Paragraph("Es importante aclarar que la meta directa a cargo de la " + g.dependencyName()
                        + " “" + g.statement() + "” a la fecha no presenta avance físico " + periodPhrase(report.period()) + ".")));
    }

    private void goalTable() {
        if (report.goals().isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, "Metas del pacto " + periodPhrase(report.period())));
        List<List<String>> rows = report.goals().stream().map(g -> List.of(g.code(), g.statement(),
                g.link().equals("DIRECT") ? "Directa" : "Indirecta", g.dependencyName(), decimal(g.target()), decimal(g.achieved()),
                percent(g.progress()), percent(g.rawProgress()))).toList();
        blocks.add(new Table(List.of("Código", "Meta", "Vínculo", "Dependencia coordinadora", "Meta del período", "Logro",
                "Avance", "Avance sin tope"), rows));
        List<String> amendments = new ArrayList<>();
        report.goals().forEach(g -> g.amendments().forEach(a -> amendments.add(amendment(g, a))));
        if (!amendments.isEmpty()) {
            blocks.add(new Paragraph("Modificaciones de las metas vigentes en este informe:"));
            blocks.add(new Bullets(amendments));
        }
    }

    private static String amendment(GoalLine goal, PactReport.GoalAmendment a) {
        return "Meta " + goal.code() + " " + AmendmentWording.what(a) + " el " + date(bogota(a.recordedAt())) + " por "
                + who(a.recordedBy()) + (a.legalAct() == null || a.legalAct().isBlank() ? "" : " (" + a.legalAct() + ")")
                + (a.reason() == null || a.reason().isBlank() ? "." : ". Motivo: " + sentence(a.reason()));
    }

    private void dependencySections() {
        List<DependencySection> sections = report.dependencies().stream()
                .filter(s -> s.activityCount() > 0 || s.investmentCount() > 0).toList();
        if (sections.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, "INFORME POR DEPENDENCIAS"));
        for (DependencySection section : sections) {
            whatWasDone(section.dependency(), section.name(), section.activities(), section.investments(), section.programmes());
            more(section.activityCount(), section.activities().size(), section.moreActivities(), section.investmentCount(),
                    section.investments().size(), section.moreInvestments());
            blocks.add(new Paragraph("Inversión de la dependencia para este pacto " + periodPhrase(report.period()) + ": "
                    + money(section.committed()) + " comprometidos y " + money(section.executed()) + " ejecutados."));
        }
    }

    private void allPactsSections() {
        if (report.allPacts().isEmpty()) {
            return;
        }
        List<Integer> years = report.allPacts().stream()
                .flatMap(s -> s.investments().stream().map(InvestmentLine::fiscalYear)).distinct().sorted().toList();
        blocks.add(new Heading(2, "EN GENERAL PARA TODOS LOS PACTOS"
                + (years.isEmpty() ? "" : " - " + list(years.stream().map(String::valueOf).toList()))));
        for (AllPactsSection section : report.allPacts()) {
            whatWasDone(section.dependency(), section.name(), section.activities(), section.investments(), section.programmes());
            more(section.activityCount(), section.activities().size(), section.moreActivities(), section.investmentCount(),
                    section.investments().size(), section.moreInvestments());
        }
    }

    /** A secretariat's heading, its activities and loose investments as bullets, then its programmes' calls. */
    private void whatWasDone(String dependency, String name, List<ActivityLine> activities, List<InvestmentLine> investments,
                             List<ProgrammeLine> programmes) {
        blocks.add(new Heading(3, upper(name)));
        List<String> items = new ArrayList<>();
        activities.forEach(a -> items.add(activity(a, dependency)));
        looseInvestments(investments, activities).forEach(i -> items.add(investment(i)));
        if (!items.isEmpty()) {
            blocks.add(new Bullets(items));
        }
        programmes.forEach(this::programme);
    }

    /** Says where the rest of a section's lists is when the report lists only their first lines. */
    private void more(int activities, int activitiesShown, String moreActivities, int investments, int investmentsShown,
                      String moreInvestments) {
        if (activities > activitiesShown) {
            blocks.add(new Paragraph("Se presentan las primeras " + number(activitiesShown) + " de " + number(activities)
                    + " actividades; la lista completa está en " + moreActivities + "."));
        }
        if (investments > investmentsShown) {
            blocks.add(new Paragraph("Se presentan las primeras " + number(investmentsShown) + " de " + number(investments)
                    + " inversiones; la lista completa está en " + moreInvestments + "."));
        }
    }

    private void totals() {
        PactReport.Totals t = report.totals();
        blocks.add(new Heading(2, "TOTALES DEL INFORME"));
        blocks.add(new Bullets(List.of(
                "Inversión comprometida: " + money(t.committed()),
                "Inversión ejecutada: " + money(t.executed()),
                "Emprendimientos beneficiados: " + number(t.ventures()),
                "Empleos generados: " + number(t.jobs()))));
    }

    private void programme(ProgrammeLine programme) {
        if (programme.callCount() > programme.calls().size()) {
            blocks.add(new Paragraph("Del fondo " + programme.name() + " se presentan las primeras " + number(programme.calls().size())
                    + " de " + number(programme.callCount()) + " convocatorias."));
        }
        for (CallLine call : programme.calls()) {
            StringBuilder text = new StringBuilder("Mediante el fondo ").append(programme.name())
                    .append(", convocatoria “").append(call.name()).append("”, se benefician ").append(number(call.ventures()))
                    .append(" emprendimientos para el ").append(call.fiscalYear());
            if (!call.municipalities().isEmpty()) {
                int places = call.municipalities().size();
                text.append(" en ").append(places == 1 ? "1 municipio o distrito" : number(places) + " municipios o distritos");
            }
            text.append('.');
            if (call.description() != null && !call.description().isBlank()) {
                text.append(' ').append(sentence(call.description()));
            }
            text.append(" Inversión: ").append(money(call.committed()));
            if (call.executed() > 0) {
                text.append(" (ejecutado: ").append(money(call.executed())).append(')');
            }
            text.append(", generando ").append(number(call.jobs())).append(" empleos.");
            blocks.add(new Paragraph(text.toString()));
        }
    }

    private String activity(ActivityLine a, String sectionDependency) {
        StringBuilder text = new StringBuilder(sentence(a.title()));
        if (!a.dependency().equals(sectionDependency)) {
            text.append(" Realizada por la ").append(a.dependencyName()).append('.');
        }
        if (a.description() != null && !a.description().isBlank()) {
            text.append(' ').append(sentence(a.description()));
        }
        text.append(a.endDate() == null ? " Desde el " + date(a.startDate()) + "."
                : " Del " + date(a.startDate()) + " al " + date(a.endDate()) + ".");
        if (!a.beneficiaries().isEmpty()) {
            text.append(" Beneficiarios: ").append(list(a.beneficiaries().stream()
                    .map(b -> number(b.count()) + " " + b.group()).toList())).append('.');
        }
        if (!a.municipalities().isEmpty()) {
            text.append(" Cobertura: ").append(coverage(a.coverage())).append('.');
        }
        if (!a.topics().isEmpty()) {
            text.append(" Temas: ").append(list(a.topics())).append('.');
        }
        if (a.committed() != 0 || a.executed() != 0) {
            text.append(" Inversión: ").append(money(a.committed()));
            if (a.executed() > 0) {
                text.append(" (ejecutado: ").append(money(a.executed())).append(')');
            }
            text.append('.');
        }
        return text.toString();
    }

    /** Investments shown on their own: those for no activity or call listed in the section. */
    private static List<InvestmentLine> looseInvestments(List<InvestmentLine> investments, List<ActivityLine> activities) {
        List<String> shown = activities.stream().map(ActivityLine::activityId).toList();
        return investments.stream().filter(i -> i.callId() == null && (i.activityId() == null || !shown.contains(i.activityId())))
                .toList();
    }

    private static String investment(InvestmentLine i) {
        return "Inversión de la vigencia " + i.fiscalYear() + (i.fundingSource() == null ? "" : " (" + i.fundingSource() + ")")
                + ": " + money(i.committed()) + (i.executed() > 0 ? " (ejecutado: " + money(i.executed()) + ")" : "") + ".";
    }

    private static String coverage(PactReport.Coverage c) {
        String municipalities = c.municipalities() == 1 ? "1 municipio" : number(c.municipalities()) + " municipios";
        if (c.districts() == 0) {
            return municipalities;
        }
        String districts = c.districts() == 1 ? "1 distrito" : number(c.districts()) + " distritos";
        return (c.municipalities() == 0 ? districts : municipalities + " y " + districts)
                + " (" + number((long) c.municipalities() + c.districts()) + " en total)";
    }

    private List<String> dependencyNames(String link) {
        return report.goals().stream().filter(g -> g.link().equals(link)).map(GoalLine::dependencyName).distinct().toList();
    }

    private static String articles(List<String> names) {
        return list(names.stream().map(n -> "la " + n).toList());
    }

    private String planYears() {
        return report.plan().startDate().getYear() + " – " + report.plan().endDate().getYear();
    }

    private String periodPhrase(String period) {
        ReportPeriod p = ReportPeriod.parse(period);
        return switch (p.kind()) {
            case YEAR -> "del año " + p.year();
            case CUT_OFF -> "con corte a " + date(p.cutOff());
            case PLAN -> "del período de gobierno " + planYears();
        };
    }

    private String inPeriod(String period) {
        ReportPeriod p = ReportPeriod.parse(period);
        return switch (p.kind()) {
            case YEAR -> "en el año " + p.year();
            case CUT_OFF -> "con corte a " + date(p.cutOff());
            case PLAN -> "en el período de gobierno " + planYears();
        };
    }

    private static String mean(BigDecimal value) {
        return value == null ? "sin metas programadas (NP)" : "del " + percent(value);
    }

    private String standing(Instant generatedAt) {
        Instant at = report.asOf() == null ? generatedAt : report.asOf();
        LocalDateTime local = LocalDateTime.ofInstant(at, BOGOTA);
        return (report.asOf() == null ? "Generado el " : "Según lo registrado hasta el ") + date(local.toLocalDate())
                + String.format(", %02d:%02d (hora de Colombia).", local.getHour(), local.getMinute());
    }

    private String footnote() {
        return "El avance del pacto en un período es el promedio simple del avance de sus metas directas; el de las metas "
                + "indirectas se presenta aparte y nunca se mezcla con él. El avance de cada meta depende de su tipo de "
                + "acumulación. Acumulada: logro del año / meta del año; para todo el período, suma de los logros de los años / "
                + "meta del cuatrienio. Flujo: logro del año / meta del año; para el período, promedio de los años con meta. "
                + "Stock: (valor − línea base) / (meta − línea base). Mantenimiento: valor / meta del año; para el período, "
                + "promedio de los años. Reducción: (línea base − valor) / (línea base − meta). Cuenta el último reporte de "
                + "cada año (por fecha efectiva); una corrección reemplaza al reporte que corrige. Con corte a una fecha cuentan "
                + "los reportes con fecha efectiva hasta el corte, frente a la meta de ese año. Un año sin meta programada (NP) "
                + "no se promedia; una meta sin reporte en un año con meta cuenta 0 %. Los porcentajes se limitan a 0–100 % para "
                + "promediar y se muestra también el avance sin tope. Las actividades y la inversión son las del "
                + date(report.from()) + " al " + date(report.to()) + "; la inversión comprometida incluye los ajustes y la "
                + "ejecutada suma las ejecuciones registradas hasta esa fecha.";
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "NP" : SpanishFormat.decimal(value);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("es-CO"));
    }

    /** The text as a sentence: ends with a period. */
    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }
}
