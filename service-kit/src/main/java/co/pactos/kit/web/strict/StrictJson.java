package co.pactos.kit.web.strict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How request bodies are read, strictly, so that what a client sends is either what it meant or a
 * 400 naming the field: unknown fields and duplicate keys are refused, enums only by name, no
 * coercion between numbers, strings and booleans, dates only as {@code "YYYY-MM-DD"} strings
 * within {@value #MIN_DATE}..{@value #MAX_DATE}, whole numbers and decimals within
 * {@value #MAX_MAGNITUDE} (decimals with at most {@value #MAX_DECIMALS} places), and no control
 * characters or unpaired surrogates in text.
 */
public final class StrictJson {

    public static final String MIN_DATE = "1900-01-01";
    public static final String MAX_DATE = "2200-12-31";
    /**
     * The guard of every whole number and decimal, whatever the field: 10^15. Each field has its own,
     * tighter bound besides ({@link co.pactos.kit.web.Bounds}: money, counts, indicator values).
     */
    public static final long MAX_MAGNITUDE = 1_000_000_000_000_000L;
    public static final int MAX_DECIMALS = 6;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final BigDecimal MAX_DECIMAL = BigDecimal.valueOf(MAX_MAGNITUDE);

    private StrictJson() {
    }

    /** Applies the strict reading to a mapper builder (Boot's, through a customizer; or a test's own). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        SimpleModule strict = new SimpleModule("pactos-strict-input");
        strict.addDeserializer(String.class, new Text());
        strict.addDeserializer(LocalDate.class, new Date());
        strict.addDeserializer(Long.class, new WholeNumber<>(Long.class, Long.MIN_VALUE, Long.MAX_VALUE, Long::valueOf));
        strict.addDeserializer(Long.TYPE, new WholeNumber<>(Long.TYPE, Long.MIN_VALUE, Long.MAX_VALUE, Long::valueOf));
        strict.addDeserializer(Integer.class, new WholeNumber<>(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, v -> (int) v));
        strict.addDeserializer(Integer.TYPE, new WholeNumber<>(Integer.TYPE, Integer.MIN_VALUE, Integer.MAX_VALUE, v -> (int) v));
        strict.addDeserializer(BigDecimal.class, new Decimal());
        strict.addDeserializer(Boolean.class, new Flag());
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(strict);
    }

    private static InvalidFormatException invalid(JsonParser p, String message, Object value, Class<?> type) {
        return InvalidFormatException.from(p, message, value, type);
    }

    /** Text: a JSON string without control characters (tab, line feed and carriage return allowed) or unpaired surrogates. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw invalid(p, "must be a JSON string", p.getValueAsString(), String.class);
            }
            String text = p.getString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                    throw invalid(p, "must not contain control characters (found U+%04X)".formatted((int) c), text, String.class);
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw invalid(p, "must be valid Unicode text (found an unpaired surrogate U+%04X)".formatted((int) c), null, String.class);
                }
            }
            return text;
        }
    }

    /** A date: only a {@code "YYYY-MM-DD"} string, a real date within the years the API accepts. */
    static final class Date extends StdScalarDeserializer<LocalDate> {

        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            String message = "must be a date written \"YYYY-MM-DD\" (a JSON string) between " + MIN_DATE + " and " + MAX_DATE;
            if (!p.hasToken(JsonToken.VALUE_STRING) || !DATE.matcher(p.getString()).matches()) {
                throw invalid(p, message, p.getValueAsString(), LocalDate.class);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(p.getString());
            } catch (DateTimeParseException e) {
                throw invalid(p, "is not a date of the calendar; " + message, p.getString(), LocalDate.class);
            }
            if (date.isBefore(LocalDate.parse(MIN_DATE)) || date.isAfter(LocalDate.parse(MAX_DATE))) {
                throw invalid(p, "is out of range: " + message, p.getString(), LocalDate.class);
            }
            return date;
        }
    }

    /** A whole number: only a JSON integer, within the type and {@link #MAX_MAGNITUDE}. */
    static final class WholeNumber<T> extends StdScalarDeserializer<T> {

        private final long min;
        private final long max;
        private final java.util.function.LongFunction<T> box;

        WholeNumber(Class<?> type, long min, long max, java.util.function.LongFunction<T> box) {
            super(type);
            this.min = Math.max(min, -MAX_MAGNITUDE);
            this.max = Math.min(max, MAX_MAGNITUDE);
            this.box = box;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                throw invalid(p, "must be a whole number (a JSON integer, not a string or a decimal)", p.getValueAsString(), handledType());
            }
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < min || p.getLongValue() > max) {
                throw invalid(p, "is out of range (from " + min + " to " + max + ")", p.getString(), handledType());
            }
            return box.apply(p.getLongValue());
        }
    }

    /** A decimal: only a JSON number, below {@link #MAX_MAGNITUDE} in size, with at most {@link #MAX_DECIMALS} places. */
    static final class Decimal extends StdScalarDeserializer<BigDecimal> {

        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                throw invalid(p, "must be a number (a JSON number, not a string)", p.getValueAsString(), BigDecimal.class);
            }
            BigDecimal value = p.getDecimalValue();
            if (value.abs().compareTo(MAX_DECIMAL) > 0) {
                throw invalid(p, "is out of range (at most " + MAX_MAGNITUDE + " in size)", p.getString(), BigDecimal.class);
            }
            if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw invalid(p, "must have at most " + MAX_DECIMALS + " decimal places", p.getString(), BigDecimal.class);
            }
            return value;
        }
    }

    /** A flag: only {@code true} or {@code false}. */
    static final class Flag extends StdScalarDeserializer<Boolean> {

        Flag() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_TRUE)) {
                return Boolean.TRUE;
            }
            if (p.hasToken(JsonToken.VALUE_FALSE)) {
                return Boolean.FALSE;
            }
            throw invalid(p, "must be true or false", p.getValueAsString(), Boolean.class);
        }
    }
}
