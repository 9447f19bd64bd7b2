package co.pactos.reporting.document;

import co.pactos.reporting.document.Document.Block;
import co.pactos.reporting.document.Document.Bullets;
import co.pactos.reporting.document.Document.Heading;
import co.pactos.reporting.document.Document.Paragraph;
import co.pactos.reporting.document.Document.Table;

/** Writes a {@link Document} as CommonMark with GitHub-style tables and footnotes. */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    public static String write(Document document) {
        StringBuilder md = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
            } else if (block instanceof Paragraph p) {
                md.append(escape(p.text())).append(p.footnoteRef() ? "[^1]" : "").append("\n\n");
            } else if (block instanceof Bullets b) {
                b.items().forEach(item -> md.append("- ").append(escape(item)).append('\n'));
                md.append('\n');
            } else if (block instanceof Table t) {
                md.append(row(t.header())).append('|').append(" --- |".repeat(t.header().size())).append('\n');
                t.rows().forEach(r -> md.append(row(r)));
                md.append('\n');
            }
        }
        md.append("[^1]: ").append(escape(document.footnote())).append('\n');
        return md.toString();
    }

    private static String row(java.util.List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        cells.forEach(cell -> line.append(' ').append(escape(cell).replace("|", "\\|")).append(" |"));
        return line.append('\n').toString();
    }

    /** Keeps characters that Markdown would read as markup literal; "$" stays as is (no math here). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
                .replace("[", "\\[").replace("]", "\\]");
    }
}
