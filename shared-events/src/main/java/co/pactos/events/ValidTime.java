package co.pactos.events;

import java.time.LocalDate;
import java.util.Objects;

/** The valid-time axis of a fact: a single date or a closed period of dates; either end may be open (null). */
public record ValidTime(LocalDate from, LocalDate to) {

    public static final ValidTime ALWAYS = new ValidTime(null, null);

    public static ValidTime on(LocalDate date) {
        return new ValidTime(Objects.requireNonNull(date), date);
    }

    public static ValidTime between(LocalDate from, LocalDate to) {
        return new ValidTime(from, to);
    }

    public static ValidTime fiscalYear(int year) {
        return new ValidTime(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** ISO-8601 form: {@code 2022-05-01}, {@code 2022-01-01/2022-12-31}, {@code ..} for open ends. */
    @Override
    public String toString() {
        if (from != null && from.equals(to)) {
            return from.toString();
        }
        return (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
    }
}
