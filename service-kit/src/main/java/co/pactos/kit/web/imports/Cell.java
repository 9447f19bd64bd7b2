package co.pactos.kit.web.imports;

/**
 * One cell as the spreadsheet holds it: text as typed (every CSV cell), or an XLSX number (its exact value,
 * plain decimal form), date (ISO form) or boolean. A typed cell is never read "the Colombian way": it is exact.
 */
public record Cell(String text, Kind kind) {

    public enum Kind { TEXT, NUMBER, DATE, BOOLEAN }

    public static final Cell EMPTY = new Cell("", Kind.TEXT);

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, Kind.TEXT);
    }

    public boolean blank() {
        return text.isBlank();
    }
}
