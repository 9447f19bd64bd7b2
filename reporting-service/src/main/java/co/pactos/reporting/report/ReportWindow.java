package co.pactos.reporting.report;

import java.sql.Timestamp;
import java.time.LocalDate;

/** The valid-time window a report takes activities and money from, and the recorded instant it stands at. */
record ReportWindow(LocalDate from, LocalDate to, Timestamp known) {
}
