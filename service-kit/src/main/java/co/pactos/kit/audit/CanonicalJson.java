package co.pactos.kit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): members sorted by their names' UTF-16 code units, no
 * whitespace, strings with the minimal escapes, numbers as ECMAScript prints the IEEE 754 double they
 * denote (so {@code 12.50}, {@code 12.5} and {@code 1.25e1} are all {@code 12.5}). Auditors implement the
 * same in their own code ({@code audit/Verify.java} is one such implementation, written apart on purpose).
 *
 * <p>Accepts Jackson 2 trees and plain Java values: {@link Map} (string keys), {@link List}, {@link String},
 * {@link Number}, {@link Boolean} and null.
 */
public final class CanonicalJson {

    private static final long EXACT_INTEGERS = 1L << 53;

    private CanonicalJson() {
    }

    public static byte[] bytes(Object value) {
        return string(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String string(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value instanceof JsonNode node) {
            writeNode(out, node);
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Number number) {
            out.append(number(number));
        } else if (value instanceof Map<?, ?> map) {
            List<String> names = new ArrayList<>(map.size());
            map.keySet().forEach(name -> names.add((String) name));
            Collections.sort(names); // String order is UTF-16 code unit order, as RFC 8785 asks
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, names.get(i));
                out.append(':');
                write(out, map.get(names.get(i)));
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeNode(StringBuilder out, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(names::add);
                Collections.sort(names);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(out, names.get(i));
                    out.append(':');
                    writeNode(out, node.get(names.get(i)));
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                Iterator<JsonNode> items = node.elements();
                for (int i = 0; items.hasNext(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    writeNode(out, items.next());
                }
                out.append(']');
            }
            case STRING -> string(out, node.textValue());
            case NUMBER -> out.append(number(node.numberValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    /** A string with RFC 8785's escapes: quote, backslash, and control characters (short forms where JSON has them). */
    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A number as ECMAScript's Number.prototype.toString prints the double nearest to it (RFC 8785 section 3.2.2.3). */
    public static String number(Number number) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            long value = number.longValue();
            if (Math.abs(value) <= EXACT_INTEGERS) {
                return Long.toString(value);
            }
            return number((double) value);
        }
        if (number instanceof BigInteger big && big.bitLength() <= 53) {
            return big.toString();
        }
        if (number instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
            double value = decimal.doubleValue();
            // a decimal of at most 15 significant digits is the shortest decimal of its double (DBL_DIG = 15)
            if (stripped.signum() != 0 && stripped.precision() <= 15 && Math.abs(value) > 1e-300 && Math.abs(value) < 1e300) {
                return format(stripped.signum() < 0 ? "-" : "", stripped.unscaledValue().abs().toString(),
                        stripped.precision() - stripped.scale());
            }
            return number(value);
        }
        return number(number.doubleValue());
    }

    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        if (value == 0) {
            return "0"; // -0 too
        }
        BigDecimal shortest = shortest(Math.abs(value));
        return format(value < 0 ? "-" : "", shortest.unscaledValue().toString(), shortest.precision() - shortest.scale());
    }

    /** The decimal of fewest digits that reads back as {@code value}; of two, the nearer to it, of two as near, the even one. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits <= 17; digits++) {
            MathContext context = new MathContext(digits, RoundingMode.FLOOR);
            BigDecimal down = exact.round(context);
            BigDecimal up = exact.round(new MathContext(digits, RoundingMode.CEILING));
            boolean downReads = down.doubleValue() == value;
            boolean upReads = up.doubleValue() == value;
            if (downReads && upReads) {
                int nearer = exact.subtract(down).compareTo(up.subtract(exact));
                if (nearer != 0) {
                    return (nearer < 0 ? down : up).stripTrailingZeros();
                }
                return (down.unscaledValue().testBit(0) ? up : down).stripTrailingZeros();
            }
            if (downReads) {
                return down.stripTrailingZeros();
            }
            if (upReads) {
                return up.stripTrailingZeros();
            }
        }
        return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
    }

    /**
     * ECMAScript's layout of digits {@code s} (k of them) with the decimal point after position {@code n}:
     * plain up to 21 integer digits, {@code 0.000001} down to 6 leading zeros, exponent form beyond.
     */
    private static String format(String sign, String digits, int n) {
        int k = digits.length();
        StringBuilder out = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent >= 0 ? '+' : '-').append(Math.abs(exponent));
        }
        return out.toString();
    }
}
