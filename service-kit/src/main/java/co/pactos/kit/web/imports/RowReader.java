package co.pactos.kit.web.imports;

import co.pactos.kit.web.Ids;
import co.pactos.kit.web.batch.BatchLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the rows of a sheet into the PUTs they stand for, reading each cell by its column's type; what cannot be read
 * is said in Spanish naming the column, and how an ambiguous number or date was read is said back.
 */
final class RowReader {

    /** The columns a report of a previous import adds; a fixed report sent again has them, and they are not data. */
    static final List<String> REPORT_COLUMNS = List.of("Estado", "Problemas", "Avisos");

    private static final Pattern ID = Pattern.compile(Ids.PATTERN);

    /** One row read: the batch line to carry out (invalid when {@code problems} is not empty) and what was said of it. */
    record Outcome(BatchLine line, List<RowMessage> problems, List<RowMessage> readings) {
    }

    private final ImportKind kind;
    private final JsonMapper json;
    private final String source;
    private final Map<Integer, Column> byIndex = new HashMap<>();
    private final List<String> notices = new ArrayList<>();

    RowReader(ImportKind kind, Sheet.Row header, JsonMapper json, String source) {
        this.kind = kind;
        this.json = json;
        this.source = source;
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i).text();
            if (text.isBlank() || isReportColumn(text)) {
                continue;
            }
            int index = i;
            Column column = kind.columns().stream().filter(c -> c.matches(text)).findFirst().orElse(null);
            if (column == null) {
                ignored.add(text);
            } else if (byIndex.containsValue(column)) {
                throw new SpreadsheetRefused(400, "The column «" + column.header() + "» appears twice in the header row; keep one."
                        + " Nothing was recorded.", column.header());
            } else {
                byIndex.put(index, column);
            }
        }
        List<String> missing = kind.columns().stream().filter(c -> c.required() && !byIndex.containsValue(c)).map(Column::header).toList();
        if (!missing.isEmpty()) {
            throw new SpreadsheetRefused(400, "The header row (the first row) lacks the required column(s) «" + String.join("», «", missing)
                    + "»; download the template (GET /api/imports/" + kind.name() + "/template.xlsx) and keep its headers. Nothing was recorded.",
                    missing.get(0));
        }
        if (!ignored.isEmpty()) {
            notices.add("No se leyeron las columnas «" + String.join("», «", ignored) + "»: no son columnas de la plantilla.");
        }
    }

    static boolean isReportColumn(String header) {
        return REPORT_COLUMNS.stream().anyMatch(report -> Column.loose(report).equals(Column.loose(header)));
    }

    List<String> notices() {
        return notices;
    }

    Outcome read(Sheet.Row row) {
        List<RowMessage> problems = new ArrayList<>();
        List<RowMessage> readings = new ArrayList<>();
        ObjectNode body = json.createObjectNode();
        Map<String, String> pathValues = new HashMap<>();
        for (Map.Entry<Integer, Column> entry : byIndex.entrySet()) {
            Column column = entry.getValue();
            Cell cell = row.cell(entry.getKey());
            if (cell.blank()) {
                if (column.required()) {
                    problems.add(new RowMessage(column.header(), "es obligatorio"));
                }
                continue;
            }
            CellReader reader = new CellReader(column, cell, problems, readings);
            if (kind.inPath(column)) {
                String id = reader.id();
                if (id != null) {
                    pathValues.put(column.field(), id);
                }
            } else {
                reader.into(body, json);
            }
        }
        if (!body.has("source") && source != null) {
            body.put("source", source);
        }
        String path = null;
        if (pathValues.size() == ImportKind.pathFields(kind.pathTemplate()).size()) {
            path = kind.pathTemplate();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
        }
        if (!problems.isEmpty()) {
            String text = String.join("; ", problems.stream().map(RowMessage::text).toList());
            return new Outcome(new BatchLine(row.number(), path, null, problems.get(0).column(), text), problems, readings);
        }
        return new Outcome(new BatchLine(row.number(), path, json.writeValueAsBytes(body), null, null), problems, readings);
    }

    /** Reads one cell by its column's type, adding what it has to say to the row's problems and readings. */
    private record CellReader(Column column, Cell cell, List<RowMessage> problems, List<RowMessage> readings) {

        String id() {
            String text = cell.text().strip();
            if (!ID.matcher(text).matches()) {
                problems.add(new RowMessage(column.header(), "«" + text + "» no sirve como identificador: use letras, dígitos, «.», «_», «:»"
                        + " o «-», sin espacios ni tildes, hasta 64 caracteres"));
                return null;
            }
            return text;
        }

        void into(ObjectNode body, JsonMapper json) {
            String field = column.field();
            switch (column.type()) {
                case ID -> {
                    String id = id();
                    if (id != null) {
                        body.put(field, id);
                    }
                }
                case TEXT -> body.put(field, text());
                case DATE -> {
                    String date = date(cell);
                    if (date != null) {
                        body.put(field, date);
                    }
                }
                case DECIMAL -> {
                    BigDecimal number = number(cell.text(), false);
                    if (number != null) {
                        body.put(field, number);
                    }
                }
                case PESOS, SIGNED_PESOS, COUNT, YEAR -> {
                    BigDecimal number = number(cell.text(), true);
                    if (number != null) {
                        body.put(field, number.toBigIntegerExact());
                    }
                }
                case LIST, TEXT_LIST, MUNICIPALITIES -> {
                    ArrayNode items = body.putArray(field);
                    items(cell.text()).forEach(item -> {
                        String value = column.type() == ColumnType.MUNICIPALITIES ? municipality(item)
                                : column.type() == ColumnType.LIST ? listId(item) : item;
                        if (value != null) {
                            items.add(value);
                        }
                    });
                }
                case BENEFICIARIES -> beneficiaries(body.putArray(field), json);
                case YES_NO -> {
                    Boolean yes = yesNo();
                    if (Boolean.TRUE.equals(yes)) {
                        body.put(field, true);
                    }
                }
            }
        }

        private String text() {
            return switch (cell.kind()) {
                case DATE -> {
                    java.time.LocalDate date = java.time.LocalDate.parse(cell.text());
                    yield String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
                }
                default -> cell.text().strip();
            };
        }

        private String date(Cell date) {
            if (date.kind() == Cell.Kind.DATE) {
                return date.text();
            }
            if (date.kind() == Cell.Kind.NUMBER) {
                problems.add(new RowMessage(column.header(), "«" + date.text() + "» es un número, no una fecha: escriba 30/06/2022 o dé"
                        + " a la celda formato de fecha"));
                return null;
            }
            ColombianDates.Reading reading = ColombianDates.read(date.text());
            if (reading.problem() != null) {
                problems.add(new RowMessage(column.header(), "«" + date.text().strip() + "» " + reading.problem()));
                return null;
            }
            if (reading.ambiguous()) {
                readings.add(new RowMessage(column.header(), "«" + date.text().strip() + "» se leyó como " + ColombianDates.spanish(reading.date())
                        + " (día/mes/año)"));
            }
            return reading.date().toString();
        }

        /** A number of the cell; a whole one when {@code whole} (then the other reading of an ambiguous text may serve). */
        private BigDecimal number(String text, boolean whole) {
            if (cell.kind() == Cell.Kind.NUMBER && text.equals(cell.text())) {
                BigDecimal exact = new BigDecimal(cell.text());
                return whole && !isWhole(exact) ? notWhole(text) : exact;
            }
            ColombianNumbers.Reading reading = cell.kind() == Cell.Kind.TEXT || !text.equals(cell.text()) ? ColombianNumbers.read(text) : null;
            if (reading == null) {
                problems.add(new RowMessage(column.header(), "«" + text.strip() + "» no es un número: escríbalo como 1.234,5 o 1234,5"));
                return null;
            }
            if (!whole) {
                if (reading.alternative() != null) {
                    readings.add(new RowMessage(column.header(), said(text, reading.value(), reading.alternative())));
                }
                return reading.value();
            }
            if (isWhole(reading.value())) {
                return reading.value();
            }
            if (reading.alternative() != null && isWhole(reading.alternative())) {
                readings.add(new RowMessage(column.header(), "«" + text.strip() + "» se leyó como " + ColombianNumbers.spanish(reading.alternative())
                        + ": esta columna lleva números enteros, así que la coma se tomó como separador de miles"));
                return reading.alternative();
            }
            return notWhole(text);
        }

        private BigDecimal notWhole(String text) {
            problems.add(new RowMessage(column.header(), "«" + text.strip() + "» " + (column.type() == ColumnType.PESOS
                    || column.type() == ColumnType.SIGNED_PESOS ? "debe ser un valor en pesos enteros, sin centavos" : "debe ser un número entero")));
            return null;
        }

        private static boolean isWhole(BigDecimal value) {
            return value.stripTrailingZeros().scale() <= 0;
        }

        private static String said(String text, BigDecimal value, BigDecimal other) {
            boolean dotGroups = value.compareTo(other) > 0;
            return "«" + text.strip() + "» se leyó como " + ColombianNumbers.spanish(value) + (dotGroups
                    ? " (el punto separa los miles, como se escribe en Colombia); si es un decimal, escríbalo con coma: " + ColombianNumbers.spanish(other)
                    : " (la coma es el separador decimal, como se escribe en Colombia); si quería " + ColombianNumbers.spanish(other)
                            + ", escríbalo sin coma o con punto de miles");
        }

        private static List<String> items(String text) {
            List<String> items = new ArrayList<>();
            for (String item : text.split("[;\\n]")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return items;
        }

        private String listId(String item) {
            if (!ID.matcher(item).matches()) {
                problems.add(new RowMessage(column.header(), "«" + item + "» no sirve como identificador: separe los identificadores con"
                        + " punto y coma (;), sin espacios dentro de cada uno"));
                return null;
            }
            return item;
        }

        private String municipality(String item) {
            if (item.matches("\\d{4}")) {
                readings.add(new RowMessage(column.header(), "«" + item + "» se leyó como 0" + item + ": los códigos DIVIPOLA tienen 5 cifras"
                        + " (la hoja de cálculo quitó el cero inicial)"));
                return "0" + item;
            }
            if (!item.matches("\\d{5}")) {
                problems.add(new RowMessage(column.header(), "«" + item + "» no es un código DIVIPOLA de 5 cifras (por ejemplo 76001);"
                        + " separe los códigos con punto y coma (;)"));
                return null;
            }
            return item;
        }

        private void beneficiaries(ArrayNode list, JsonMapper json) {
            for (String item : items(cell.text())) {
                int at = item.lastIndexOf(':');
                if (at < 0) {
                    problems.add(new RowMessage(column.header(), "«" + item + "» debe escribirse «grupo: cantidad», por ejemplo"
                            + " «líderes comunales: 23.800»; separe los grupos con punto y coma (;)"));
                    continue;
                }
                BigDecimal count = number(item.substring(at + 1), true);
                if (count != null) {
                    ObjectNode group = json.createObjectNode();
                    group.put("group", item.substring(0, at).strip());
                    group.put("count", count.toBigIntegerExact());
                    list.add(group);
                }
            }
        }

        private Boolean yesNo() {
            String text = Column.loose(cell.text());
            if (cell.kind() == Cell.Kind.BOOLEAN) {
                return "true".equals(cell.text());
            }
            return switch (text) {
                case "si", "s", "x", "verdadero", "true", "1", "yes" -> true;
                case "no", "n", "falso", "false", "0", "" -> false;
                default -> {
                    problems.add(new RowMessage(column.header(), "«" + cell.text().strip() + "» debe ser «sí» o «no»"));
                    yield null;
                }
            };
        }
    }
}
