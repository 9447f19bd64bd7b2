package co.pactos.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** How reports for people write numbers, money, dates and lists: Spanish as written in Colombia (es-CO). */
public final class SpanishFormat {

    private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"};

    private static final String[] SMALL = {"cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"};

    private SpanishFormat() {
    }

    /** 23800 -> {@code 23.800}. */
    public static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + grouped;
    }

    /** Whole pesos: 11224170162 -> {@code $11.224.170.162}; a negative amount -> {@code -$20.000.000}. */
    public static String money(long pesos) {
        return (pesos < 0 ? "-$" : "$") + number(Math.abs(pesos));
    }

    /** A percentage with one decimal and a decimal comma: 40.5 -> {@code 40,5 %}; null -> {@code NP} (no programado). */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "NP";
        }
        return decimal(value.setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    /** A decimal number with thousands dots and a decimal comma: 1234.5 -> {@code 1.234,5}. */
    public static String decimal(BigDecimal value) {
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        String text = plain.abs().toPlainString();
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + text.substring(dot + 1);
        return (value.signum() < 0 ? "-" : "") + number(Long.parseLong(whole)) + fraction;
    }

    /** {@code 30 de junio de 2022}. */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " de " + MONTHS[date.getMonthValue() - 1] + " de " + date.getYear();
    }

    /** A count as the reports write it: {@code seis (6)}; in figures alone past twenty. */
    public static String count(long value) {
        return value >= 0 && value < SMALL.length ? SMALL[(int) value] + " (" + value + ")" : number(value);
    }

    /** {@code a}, {@code a y b}, {@code a, b y c}. */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " y " + items.get(items.size() - 1);
    }
}
