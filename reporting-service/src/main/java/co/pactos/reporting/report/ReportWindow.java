package co.pactos.reporting.report;

import java.time.LocalDate;

/** The valid-time window a report takes activities and money from (what was known when is the known_* views' business). */
record ReportWindow(LocalDate from, LocalDate to) {
}
