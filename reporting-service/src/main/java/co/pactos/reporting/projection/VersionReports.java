package co.pactos.reporting.projection;

import java.time.Instant;
import java.util.List;

/** The pact reports a version answers: what a new version is compared on before it takes over. */
public interface VersionReports {

    /** The pacts the version knew at {@code asOf}. */
    List<String> pacts(String name, int version, Instant asOf);

    /**
     * The SHA-256 of the JSON of one pact's report for the whole plan period, as the version knew it at {@code asOf}:
     * equal digests, equal reports, without holding two reports' JSON in memory.
     */
    String reportDigest(String name, int version, Instant asOf, String pactId);
}
