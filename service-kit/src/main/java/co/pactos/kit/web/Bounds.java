package co.pactos.kit.web;

/**
 * The bounds of each kind of field the command services accept, beyond the type-level guard of
 * {@link co.pactos.kit.web.strict.StrictJson} (10^15). A value outside its field's bound is a 400
 * problem naming the field; the OpenAPI documents show each bound.
 */
public final class Bounds {

    /**
     * Money in whole Colombian pesos (an investment's amount, an execution, an adjustment either way):
     * at most 10^13 pesos (10 billones), above the whole yearly budget of any Colombian department
     * (Valle del Cauca's is a few billones, 10^12 pesos), so a figure beyond it is a typing error.
     */
    public static final long MAX_PESOS = 10_000_000_000_000L;
    /** A count of people, ventures or jobs: at most 100 000 000, twice the population of Colombia. */
    public static final long MAX_COUNT = 100_000_000L;
    /**
     * An indicator value (a goal's baseline and target, a yearly target, a progress value): below
     * 10^14 in size with at most {@value co.pactos.kit.web.strict.StrictJson#MAX_DECIMALS} decimal
     * places (precision 20, scale 6), which holds any count, percentage, area or money an indicator measures.
     */
    public static final String MAX_INDICATOR = "99999999999999.999999";
    public static final String MIN_INDICATOR = "-99999999999999.999999";
    public static final int INDICATOR_INTEGER_DIGITS = 14;

    /** Names (plan, dependency, programme, units of measure are shorter) and titles. */
    public static final int MAX_NAME = 300;
    public static final int MAX_TITLE = 500;
    /** A statement, note or reason: a paragraph. */
    public static final int MAX_PARAGRAPH = 2000;
    /** A description: a few paragraphs. */
    public static final int MAX_DESCRIPTION = 5000;
    /** {@code source}, the posting system's short name, e.g. SIGESI. */
    public static final int MAX_SOURCE = 64;

    /** Items of a list of references or codes. */
    public static final int MAX_PACTS = 100;
    public static final int MAX_GOALS = 1000;
    public static final int MAX_MUNICIPALITIES = 1200;
    public static final int MAX_GROUPS = 100;
    public static final int MAX_TOPICS = 100;

    private Bounds() {
    }
}
