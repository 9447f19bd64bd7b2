package co.pactos.kit.web.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as a Colombian spreadsheet writes them, and as others do: {@code 1.234,5}, {@code 1234,5}, {@code 1234.5},
 * {@code 1,234.5}, {@code 150.000.000}, {@code $ 1.500}. One separator followed by exactly three digits ({@code 1.234},
 * {@code 1,234}) could be either a thousands separator or a decimal one: it is read the Colombian way (a dot groups
 * thousands, a comma is the decimal mark) and {@link Reading#alternative()} keeps the other reading, so that the report
 * can say how it was read.
 */
final class ColombianNumbers {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPABLE_HEAD = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern THREE = Pattern.compile("\\d{3}");

    /** A number read from text; {@code alternative} is the other reading of an ambiguous one, else null. */
    record Reading(BigDecimal value, BigDecimal alternative) {
    }

    private ColombianNumbers() {
    }

    /** The number, or null when the text is not one. */
    static Reading read(String raw) {
        String t = raw.strip().replace("\u00a0", "").replace(" ", "").replace("\u2212", "-");
        boolean negative = false;
        if (t.startsWith("$")) {
            t = t.substring(1);
        }
        if (t.startsWith("-") || t.startsWith("+")) {
            negative = t.startsWith("-");
            t = t.substring(1);
        }
        if (t.startsWith("$")) {
            t = t.substring(1);
        }
        if (t.isEmpty()) {
            return null;
        }
        Reading reading = unsigned(t);
        if (reading == null || !negative) {
            return reading;
        }
        return new Reading(reading.value().negate(), reading.alternative() == null ? null : reading.alternative().negate());
    }

    private static Reading unsigned(String t) {
        if (DIGITS.matcher(t).matches()) {
            return new Reading(new BigDecimal(t), null);
        }
        int dots = count(t, '.');
        int commas = count(t, ',');
        if (dots == 0 && commas == 0) {
            return null;
        }
        if (dots > 0 && commas > 0) {
            char decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(t, decimal) != 1) {
                return null;
            }
            int at = t.lastIndexOf(decimal);
            String whole = grouped(t.substring(0, at), grouping);
            String fraction = t.substring(at + 1);
            return whole == null || !DIGITS.matcher(fraction).matches() ? null : new Reading(new BigDecimal(whole + "." + fraction), null);
        }
        char separator = dots > 0 ? '.' : ',';
        if (count(t, separator) > 1) {
            String whole = grouped(t, separator);
            return whole == null ? null : new Reading(new BigDecimal(whole), null);
        }
        int at = t.indexOf(separator);
        String head = t.substring(0, at);
        String tail = t.substring(at + 1);
        if (!(head.isEmpty() || DIGITS.matcher(head).matches()) || !DIGITS.matcher(tail).matches()) {
            return null;
        }
        BigDecimal decimal = new BigDecimal((head.isEmpty() ? "0" : head) + "." + tail);
        boolean groupable = GROUPABLE_HEAD.matcher(head).matches() && THREE.matcher(tail).matches();
        if (!groupable) {
            return new Reading(decimal, null);
        }
        BigDecimal thousands = new BigDecimal(head + tail);
        return separator == '.' ? new Reading(thousands, decimal) : new Reading(decimal, thousands);
    }

    /** The digits of a whole part grouped by three with {@code separator} ({@code 1.234.567}), or null when it is not so grouped. */
    private static String grouped(String whole, char separator) {
        String[] groups = whole.split(Pattern.quote(String.valueOf(separator)), -1);
        if (!GROUPABLE_HEAD.matcher(groups[0]).matches() && !(groups.length == 1 && DIGITS.matcher(groups[0]).matches())) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (!THREE.matcher(groups[i]).matches()) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += t.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /** A number as the report says it back: es-CO, a dot between thousands and a decimal comma ({@code 1.234,5}). */
    static String spanish(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int at = plain.indexOf('.');
        String whole = at < 0 ? plain : plain.substring(0, at);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (at >= 0) {
            out.append(',').append(plain.substring(at + 1));
        }
        return (negative ? "-" : "") + out;
    }
}
