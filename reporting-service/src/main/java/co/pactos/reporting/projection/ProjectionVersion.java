package co.pactos.reporting.projection;

import java.time.Instant;

/** One version of a projection as the registry holds it. */
public record ProjectionVersion(String name, int version, int codeVersion, String schema, State state, Instant createdAt,
                                Instant liveSince, String checkResult, boolean indexed) {

    /** BUILDING: replaying the log; CATCHING_UP: close to its end, being checked; LIVE: answers reads; RETIRED: replaced. */
    public enum State { BUILDING, CATCHING_UP, LIVE, RETIRED }

    public static String schemaOf(String name, int version) {
        return name.replace('-', '_') + "_v" + version;
    }

    /** Whether a consumer keeps this version up to date. */
    public boolean consumed() {
        return state != State.RETIRED;
    }
}
