package co.pactos.reporting.document;

import co.pactos.reporting.document.Document.Block;
import co.pactos.reporting.document.Document.Bullets;
import co.pactos.reporting.document.Document.Heading;
import co.pactos.reporting.document.Document.Paragraph;
import co.pactos.reporting.document.Document.Table;
import java.util.List;

/**
 * Writes a {@link Document} as a standalone HTML page in Spanish, readable on screen and on paper. The page is also
 * well-formed XML (void elements closed with {@code />}), so {@link PdfWriter} can lay it out as it is.
 */
public final class HtmlWriter {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:52rem;margin:2rem auto;\
            padding:0 1rem;line-height:1.5;color:#1d1d1d}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}\
            h3{font-size:1.05rem}table{border-collapse:collapse;width:100%;font-size:.9rem}\
            th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}\
            .nota{font-size:.85rem;border-top:1px solid #bbb;margin-top:2rem;padding-top:.5rem}""";

    private HtmlWriter() {
    }

    public static String write(Document document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"es-CO\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(document.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                html.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Paragraph p) {
                html.append("<p>").append(escape(p.text()))
                        .append(p.footnoteRef() ? "<sup><a href=\"#nota-1\" id=\"ref-1\">1</a></sup>" : "").append("</p>\n");
            } else if (block instanceof Bullets b) {
                html.append("<ul>\n");
                b.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
                html.append("</ul>\n");
            } else if (block instanceof Table t) {
                html.append("<table>\n<thead>").append(row("th", t.header())).append("</thead>\n<tbody>\n");
                t.rows().forEach(r -> html.append(row("td", r)));
                html.append("</tbody>\n</table>\n");
            }
        }
        html.append("<p class=\"nota\" id=\"nota-1\"><sup><a href=\"#ref-1\">1</a></sup> ").append(escape(document.footnote()))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String row(String cell, List<String> cells) {
        StringBuilder tr = new StringBuilder("<tr>");
        cells.forEach(c -> tr.append('<').append(cell).append('>').append(escape(c)).append("</").append(cell).append('>'));
        return tr.append("</tr>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
