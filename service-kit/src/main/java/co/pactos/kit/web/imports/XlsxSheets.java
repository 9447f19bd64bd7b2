package co.pactos.kit.web.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX file with POI's streaming (SAX) reader, so that 100 000 rows are never a whole
 * workbook in memory: numbers as their exact value (rounded to the 15 significant digits a spreadsheet shows), cells
 * formatted as dates as dates, text as typed.
 */
final class XlsxSheets {

    /** Excel shows and keeps 15 significant digits; the binary double behind 0.1 + 0.2 has more. */
    private static final MathContext SHOWN = new MathContext(15);
    /** Columns an import reads (a template has fewer than 20): a row is kept as a list up to its last cell. */
    static final int MAX_COLUMNS = 64;
    /** Digits a number may have before or after its decimal point (1E999999999 would be written out as a billion). */
    private static final int MAX_DIGITS = 40;

    private XlsxSheets() {
    }

    static Sheet read(byte[] bytes, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SpreadsheetRefused(400, "The XLSX file has no sheet. Nothing was recorded.", "file");
            }
            Handler handler = new Handler(strings, styles, maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            }
            return new Sheet("xlsx", handler.header, handler.rows, List.of());
        } catch (SpreadsheetRefused e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof SpreadsheetRefused refused) {
                throw refused;
            }
            throw new SpreadsheetRefused(415, "The file cannot be read as an XLSX spreadsheet (" + e.getClass().getSimpleName()
                    + "); save it as «Libro de Excel (.xlsx)» or as CSV UTF-8 and send it again. Nothing was recorded.", "file");
        }
    }

    private static final class Handler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRows;
        private final List<Sheet.Row> rows = new ArrayList<>();
        private Sheet.Row header;

        private final TreeMap<Integer, Cell> cells = new TreeMap<>();
        private final StringBuilder value = new StringBuilder();
        private int rowNumber;
        private int nextRow = 1;
        private int column;
        private int nextColumn;
        private String type;
        private String style;
        private boolean inValue;

        Handler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows) {
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    nextRow = rowNumber + 1;
                    nextColumn = 0;
                    cells.clear();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? nextColumn : columnOf(r);
                    if (column < 0 || column >= MAX_COLUMNS) {
                        throw new SAXException(new SpreadsheetRefused(400, "The sheet has a cell in column " + (r == null ? column + 1 : r)
                                + " of row " + rowNumber + ", beyond the first " + MAX_COLUMNS + " columns an import reads: delete what lies"
                                + " right of the template's columns and send it again. Nothing was recorded.", "file"));
                    }
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "v", "t" -> inValue = false;
                case "c" -> cells.put(column, cell());
                case "row" -> row();
                default -> {
                }
            }
        }

        private void row() throws SAXException {
            List<Cell> list = new ArrayList<>();
            int last = cells.isEmpty() ? -1 : cells.lastKey();
            for (int i = 0; i <= last; i++) {
                list.add(cells.getOrDefault(i, Cell.EMPTY));
            }
            Sheet.Row row = new Sheet.Row(rowNumber, list);
            if (row.blank()) {
                return;
            }
            if (header == null) {
                header = row;
            } else {
                if (rows.size() == maxRows) {
                    throw new SAXException(Spreadsheets.tooManyRows(maxRows));
                }
                rows.add(row);
            }
        }

        private Cell cell() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) {
                    return Cell.EMPTY;
                }
                if (isDate()) {
                    double serial = Double.parseDouble(v);
                    // a serial number no date has is left as it is written, and refused by its column, row by row
                    return DateUtil.isValidExcelDate(serial)
                            ? new Cell(DateUtil.getLocalDateTime(serial).toLocalDate().toString(), Cell.Kind.DATE) : Cell.text(v);
                }
                BigDecimal number = new BigDecimal(v).round(SHOWN).stripTrailingZeros();
                if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
                    return Cell.text(v); // no column takes it: refused with the text as written
                }
                return new Cell(number.toPlainString(), Cell.Kind.NUMBER);
            }
            return switch (type) {
                case "s" -> v.isEmpty() ? Cell.EMPTY : Cell.text(strings.getItemAt(Integer.parseInt(v.trim())).getString());
                case "b" -> new Cell("1".equals(v) ? "true" : "false", Cell.Kind.BOOLEAN);
                case "d" -> isoDate(v);
                default -> Cell.text(v); // inlineStr, str (a formula's text), e (an error such as #N/A, refused by its column)
            };
        }

        /** An ISO 8601 date cell (a date, or a date and time); anything else (a time alone, "12:30:00") is refused by its column as text. */
        private static Cell isoDate(String v) {
            try {
                return new Cell(java.time.LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v).toString(), Cell.Kind.DATE);
            } catch (java.time.format.DateTimeParseException e) {
                return Cell.text(v);
            }
        }

        private boolean isDate() {
            if (style == null || style.isEmpty()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }

        /** The column of a reference such as "C7" from 0; -1 for none; beyond {@link #MAX_COLUMNS}, that bound (no overflow). */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (column > MAX_COLUMNS) {
                    return MAX_COLUMNS;
                }
            }
            return column - 1;
        }
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
