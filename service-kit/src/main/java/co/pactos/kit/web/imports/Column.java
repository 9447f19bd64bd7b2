package co.pactos.kit.web.imports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One column of an import: its Spanish header, the member of the PUT's body (or the path's placeholder) it fills,
 * how its cells are read, whether it is required, what the template's instructions say of it and the example row's
 * value (Spanish, as a person would type it).
 */
public record Column(String header, String field, ColumnType type, boolean required, String help, String example) {

    public static Column required(String header, String field, ColumnType type, String help, String example) {
        return new Column(header, field, type, true, help, example);
    }

    public static Column optional(String header, String field, ColumnType type, String help, String example) {
        return new Column(header, field, type, false, help, example);
    }

    /** The posting system, a column of every kind (the {@code source} parameter fills it where it is empty). */
    static Column source() {
        return optional("Sistema de origen", "source", ColumnType.TEXT,
                "El sistema que envía el dato (por ejemplo SIGESI o SIDRAC); si se deja vacío vale el parámetro source de la carga",
                "SIGESI");
    }

    /** Whether a header cell names this column: case, accents, spaces and punctuation aside; the API's field name too. */
    boolean matches(String headerCell) {
        String cell = loose(headerCell);
        return cell.equals(loose(header)) || cell.equals(loose(field));
    }

    static String loose(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
