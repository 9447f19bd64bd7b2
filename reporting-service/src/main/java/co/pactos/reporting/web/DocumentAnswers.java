package co.pactos.reporting.web;

import co.pactos.reporting.document.Document;
import co.pactos.reporting.document.HtmlWriter;
import co.pactos.reporting.document.MarkdownWriter;
import co.pactos.reporting.document.PdfWriter;
import co.pactos.kit.web.FieldProblem;
import co.pactos.kit.web.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A Spanish document answered in the format asked: HTML (the default), Markdown or PDF (inline, with a file name). */
final class DocumentAnswers {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private static final List<String> DOCUMENTS = List.of("html", "md", "pdf");

    private DocumentAnswers() {
    }

    /** A problem for {@code format} unless it is json or a document's format. */
    static void checkJsonOrDocument(String format, List<FieldProblem> problems) {
        if (!format.equals("json") && !DOCUMENTS.contains(format)) {
            problems.add(new FieldProblem("format", "must be json, html, md or pdf, was '" + format + "'"));
        }
    }

    /** @throws InvalidInput unless {@code format} is a document's format */
    static void checkDocument(String format) {
        if (!DOCUMENTS.contains(format)) {
            throw new InvalidInput("format", "must be html, md or pdf, was '" + format + "'");
        }
    }

    /** @param pdfName the PDF's file name without extension */
    static ResponseEntity<byte[]> of(Document document, String format, String pdfName) {
        return switch (format) {
            case "md" -> ResponseEntity.ok().contentType(MARKDOWN).body(MarkdownWriter.write(document).getBytes(StandardCharsets.UTF_8));
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdfName + ".pdf").build().toString())
                    .body(PdfWriter.write(document));
            default -> ResponseEntity.ok().contentType(HTML).body(HtmlWriter.write(document).getBytes(StandardCharsets.UTF_8));
        };
    }
}
