package co.pactos.investments.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of a plan that Planeación closed, as goals-service's {@code PeriodClosed} event and its headers said.
 *
 * @param period   a year ({@code 2022}) or a cut-off ({@code 2022-06-30})
 * @param from     the first date it closes
 * @param to       the last date it closes
 * @param closedAt when goals-service recorded the closure
 * @param closedBy the user (or client) that closed it, when the event's headers say
 */
public record PeriodClosure(String planId, String period, LocalDate from, LocalDate to, String reason, Instant closedAt,
                            String closedBy) {
}
