package co.pactos.reporting.document;

import java.util.List;

/**
 * A report for people as a list of blocks, written once and rendered as Markdown or HTML. Text is
 * plain (the writers escape it); a paragraph may point to the document's footnote.
 */
public record Document(String title, List<Block> blocks, String footnote) {

    /** One block of the document. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text, boolean footnoteRef) implements Block {

        public Paragraph(String text) {
            this(text, false);
        }
    }

    public record Bullets(List<String> items) implements Block {
    }

    public record Table(List<String> header, List<List<String>> rows) implements Block {
    }
}
