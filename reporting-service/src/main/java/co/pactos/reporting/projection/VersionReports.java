package co.pactos.reporting.projection;

import java.time.Instant;
import java.util.Map;

/** Every report a version answers for a set of periods, as JSON by report key: what a new version is compared on. */
public interface VersionReports {

    Map<String, String> reports(String name, int version, Instant asOf);
}
