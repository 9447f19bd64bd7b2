package co.pactos.reporting.document;

import co.pactos.reporting.audit.AuditReplay;
import co.pactos.reporting.audit.AuditReplay.ReplayedLog;
import co.pactos.reporting.document.Document.Block;
import co.pactos.reporting.document.Document.Heading;
import co.pactos.reporting.document.Document.Paragraph;
import co.pactos.reporting.document.Document.Table;
import co.pactos.reporting.report.diff.ReportDiff.ExplainingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Reconstrucción del informe desde el registro exportado": a pact's report rebuilt from the logs an auditor exported, up to
 * their signed checkpoints, against the report as published; the figures that differ and the events only one side holds.
 */
public final class ReplayDocument {

    private ReplayDocument() {
    }

    public static Document of(AuditReplay replay) {
        String title = "Reconstrucción del informe desde el registro exportado";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, title));
        blocks.add(new Paragraph(replay.report().pact().name() + ", informe " + DiffDocument.period(replay.period())
                + ", reconstruido desde " + String.join(" y ", replay.logs().stream().map(ReplayDocument::log).toList())
                + ", y comparado con el informe publicado según lo registrado hasta el " + DiffDocument.moment(replay.publishedAsOf())
                + "."));
        blocks.add(new Paragraph(replay.changes().isEmpty()
                ? "Resultado: el informe reconstruido coincide con el publicado en todas sus cifras."
                : "Resultado: el informe reconstruido difiere del publicado en " + replay.changes().size()
                        + (replay.changes().size() == 1 ? " cifra." : " cifras.")));
        List<ExplainingEvent> events = new ArrayList<>(replay.onlyInPublished());
        events.addAll(replay.onlyInReplay());
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            numbers.put(events.get(i).eventId(), i + 1);
        }
        if (!replay.changes().isEmpty()) {
            blocks.add(new Heading(2, "Cifras que difieren"));
            blocks.add(new Table(List.of("Cifra", "Publicado", "Reconstruido", "Eventos"), replay.changes().stream()
                    .map(c -> List.of(DiffDocument.figure(c), DiffDocument.value(c.figure(), c.from(), c.fromText()),
                            DiffDocument.value(c.figure(), c.to(), c.toText()),
                            String.join(", ", c.events().stream().map(id -> String.valueOf(numbers.get(id))).toList())))
                    .toList()));
        }
        if (!replay.onlyInPublished().isEmpty()) {
            blocks.add(new Heading(2, "Eventos que cuenta el informe publicado y no están en el registro reconstruido"));
            blocks.add(events(replay.onlyInPublished(), numbers));
        }
        if (!replay.onlyInReplay().isEmpty()) {
            blocks.add(new Heading(2, "Eventos del registro que el informe publicado no cuenta"));
            blocks.add(events(replay.onlyInReplay(), numbers));
        }
        if (!replay.parked().isEmpty()) {
            blocks.add(new Heading(2, "Eventos del registro que no se pudieron aplicar"));
            blocks.add(new Table(List.of("Posición", "Evento", "Motivo"), replay.parked().stream()
                    .map(p -> List.of(String.valueOf(p.position()), DiffDocument.text(p.eventId()), p.error())).toList()));
        }
        return new Document(title, blocks, "La cadena de cada registro se verificó evento por evento (hash, hash anterior y posiciones "
                + "desde 1) y contra el punto de control firmado con Ed25519 en el que se detuvo la reconstrucción; los eventos "
                + "posteriores a ese punto no se reconstruyen. Las cifras son las del informe (metas, avance, inversión, "
                + "beneficiarios).");
    }

    private static String log(ReplayedLog log) {
        return "el registro de " + log.origin() + " hasta la posición " + log.replayedEvents() + " (punto de control firmado el "
                + DiffDocument.moment(Instant.parse(log.checkpoint().signedAt())) + ", de " + log.exportedEvents()
                + " eventos exportados)";
    }

    private static Table events(List<ExplainingEvent> events, Map<String, Integer> numbers) {
        return new Table(List.of("N.º", "Registrado", "Evento", "Sobre", "Quién", "Motivo"), events.stream()
                .map(e -> List.of(String.valueOf(numbers.get(e.eventId())), DiffDocument.moment(e.recordedAt()),
                        DiffDocument.EVENT_NAMES.getOrDefault(e.type(), e.type()), DiffDocument.subject(e.subject()),
                        DiffDocument.who(e.recordedBy()), DiffDocument.text(e.reason())))
                .toList());
    }
}
