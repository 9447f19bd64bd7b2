package co.pactos.kit.web.imports;

/** A file that cannot be imported as a whole (not a spreadsheet, too large, no header it needs): a problem, nothing recorded. */
public class SpreadsheetRefused extends RuntimeException {

    private final int status;
    private final String field;

    public SpreadsheetRefused(int status, String detail, String field) {
        super(detail);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
