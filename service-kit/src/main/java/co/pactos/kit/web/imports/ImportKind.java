package co.pactos.kit.web.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a spreadsheet of one kind holds: each row one PUT to {@code pathTemplate} (its {@code {placeholders}} filled by
 * the columns of the same field, the body by the others). A service declares its kinds as beans.
 *
 * @param name        the kind in the URL, English kebab-case ({@code progress}, {@code call-results})
 * @param title       the kind in Spanish, the template's sheet name (at most 31 characters)
 * @param description what one row is, in Spanish, for the template's instructions
 */
public record ImportKind(String name, String title, String description, String pathTemplate, List<Column> columns) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    public ImportKind {
        if (title.length() > 31) {
            throw new IllegalArgumentException("a sheet name has at most 31 characters: " + title);
        }
        List<Column> all = new ArrayList<>(columns);
        if (all.stream().noneMatch(column -> column.field().equals("source"))) {
            all.add(Column.source());
        }
        columns = List.copyOf(all);
        for (String field : pathFields(pathTemplate)) {
            if (columns.stream().noneMatch(column -> column.field().equals(field) && column.required() && column.type() == ColumnType.ID)) {
                throw new IllegalArgumentException(name + ": the path's {" + field + "} needs a required ID column");
            }
        }
    }

    public static ImportKind of(String name, String title, String description, String pathTemplate, Column... columns) {
        return new ImportKind(name, title, description, pathTemplate, List.of(columns));
    }

    boolean inPath(Column column) {
        return pathTemplate.contains("{" + column.field() + "}");
    }

    static List<String> pathFields(String pathTemplate) {
        List<String> fields = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pathTemplate);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }
}
