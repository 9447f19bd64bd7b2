package co.pactos.reporting.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * PostgreSQL's COPY text format for the values the projection writes: tab-separated columns,
 * {@code \N} for null, backslash escapes, arrays as {@code {"a","b"}} literals.
 */
final class CopyText {

    private CopyText() {
    }

    static void appendRow(StringBuilder out, Object[] values, Object... trailing) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, values[i]);
        }
        for (Object value : trailing) {
            out.append('\t');
            appendValue(out, value);
        }
        out.append('\n');
    }

    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String text) {
            escape(out, text);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Boolean bool) {
            out.append(bool ? 't' : 'f');
        } else if (value instanceof Number || value instanceof LocalDate || value instanceof Instant) {
            out.append(value);
        } else if (value instanceof PactProgressFacts.Json json) {
            escape(out, json.text());
        } else if (value instanceof List<?> list) {
            escape(out, arrayLiteral(list));
        } else {
            throw new IllegalArgumentException("no COPY form for " + value.getClass().getName());
        }
    }

    /** A text[] literal: every element quoted, quotes and backslashes escaped inside. */
    static String arrayLiteral(List<?> elements) {
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                array.append(',');
            }
            array.append('"');
            String element = String.valueOf(elements.get(i));
            for (int c = 0; c < element.length(); c++) {
                char ch = element.charAt(c);
                if (ch == '"' || ch == '\\') {
                    array.append('\\');
                }
                array.append(ch);
            }
            array.append('"');
        }
        return array.append('}').toString();
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(ch);
            }
        }
    }
}
