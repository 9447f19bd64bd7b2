package co.pactos.reporting.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Document} as PDF: the page {@link HtmlWriter} writes, laid out by openhtmltopdf (PDFBox) on A4 paper.
 * Nothing is fetched at run time: the page loads nothing, and the font (DejaVu Sans, regular and bold, shipped in the jar
 * under {@code fonts/}; its licence beside it) covers Spanish accents, «», — and the other characters the documents use,
 * which the PDF standard fonts do not all have.
 */
public final class PdfWriter {

    private static final String FONT = "DejaVu Sans";
    private static final String PRINT_STYLE = "<style>@page{size:A4;margin:2cm 1.8cm}"
            + "body{font-family:\"" + FONT + "\";max-width:none;margin:0;padding:0;font-size:10.5pt}"
            // the goals table (the document's only table) has eight columns: smaller type, columns that share the page's
            // width instead of overflowing it, and the widest ones for the statement and the coordinating dependency
            + "table{-fs-table-paginate:paginate;table-layout:fixed;width:98%;font-size:8pt}"
            + "th,td{padding:2pt 3pt;word-wrap:break-word}"
            + "th:nth-child(2){width:28%}th:nth-child(3){width:10%}th:nth-child(4){width:18%}</style>\n</head>";

    private PdfWriter() {
    }

    public static byte[] write(Document document) {
        String html = HtmlWriter.write(document).replaceFirst("</head>", PRINT_STYLE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        InputStream font = PdfWriter.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("the font fonts/" + file + " is missing from the jar");
        }
        return font;
    }
}
