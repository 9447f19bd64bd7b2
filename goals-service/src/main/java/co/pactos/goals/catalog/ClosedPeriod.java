package co.pactos.goals.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of a plan closed for entry and not reopened now: writes valid in {@code from}..{@code to} are refused.
 * {@code closedBy} is the client (and user) that closed it.
 */
public record ClosedPeriod(String planId, String period, LocalDate from, LocalDate to, Instant closedAt, String closedBy) {

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && !end.isBefore(from);
    }
}
