package co.pactos.kit.web.imports;

import java.util.List;

/**
 * A spreadsheet's first sheet as read: its header row and its data rows, each with the number the person sees
 * in the spreadsheet program (the header is usually row 1); rows with nothing in them are left out.
 *
 * @param format  {@code csv} or {@code xlsx}
 * @param notices what the person should know about how the file was read (Spanish)
 */
public record Sheet(String format, Row header, List<Row> rows, List<String> notices) {

    public record Row(int number, List<Cell> cells) {

        public Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.EMPTY;
        }

        public boolean blank() {
            return cells.stream().allMatch(Cell::blank);
        }
    }
}
