package co.pactos.reporting.document;

import co.pactos.reporting.report.PactReport;

/** What an amendment, a target revision or a link change did to a goal, in Spanish: one wording for documents and pages. */
public final class AmendmentWording {

    private AmendmentWording() {
    }

    /** E.g. "modificada (indicador, meta del cuatrienio)", "con la meta anual revisada (2022: 0.5)", "desvinculada del pacto". */
    public static String what(PactReport.GoalAmendment a) {
        return switch (a.kind()) {
            case "AMENDMENT" -> "modificada (" + a.changes().replace("statement", "enunciado").replace("indicator", "indicador")
                    .replace("unit", "unidad").replace("baseline", "línea base").replace("target", "meta del cuatrienio")
                    .replace("dependency", "dependencia coordinadora") + ")";
            case "TARGET_REVISION" -> "con la meta anual revisada (" + a.changes().replace("target ", "") + ")";
            default -> {
                // "link: DIRECT" for one pact's report; "link to <pactId>: DIRECT" when the pact must be named
                String pact = a.changes().startsWith("link to ") ? a.changes().substring(8, a.changes().lastIndexOf(':')) : null;
                String change = a.changes().endsWith("NONE") ? "desvinculada del pacto" : "con el vínculo cambiado a "
                        + (a.changes().endsWith("INDIRECT") ? "indirecta" : "directa");
                yield pact == null ? change : change + " " + pact;
            }
        };
    }

    /** Who recorded it, as a reader knows them: the dependency's name, else the client, else the user. */
    public static String who(PactReport.Recorder recorder) {
        if (recorder == null) {
            return "(sin registro)";
        }
        if (recorder.dependencyName() != null) {
            return recorder.dependencyName();
        }
        return recorder.client() != null ? recorder.client() : recorder.actor() != null ? recorder.actor() : "(sin registro)";
    }
}
