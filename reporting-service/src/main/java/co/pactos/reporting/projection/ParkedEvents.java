package co.pactos.reporting.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events the projection's versions could not apply, kept whole with the reason. Health says
 * DEGRADED while any is parked: the reports answer, but without those events.
 */
@Component("parkedEvents")
public class ParkedEvents implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "some events could not be applied; see /api/admin/parked-events");

    /** A parked event: where it sits on the log, what it is, why it was parked. */
    public record Parked(String projection, int version, String topic, int partition, long offset, String eventId, String type,
                         Integer revision, String headers, String payload, String error, Instant parkedAt, int attempts) {
    }

    private final JdbcClient jdbc;
    private final ProjectionRegistry registry;

    public ParkedEvents(JdbcClient jdbc, ProjectionRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    public List<Parked> all() {
        List<Parked> all = new ArrayList<>();
        for (ProjectionVersion v : registry.versions(PactProgressFacts.NAME)) {
            if (!v.consumed()) {
                continue;
            }
            all.addAll(jdbc.sql("""
                            select topic, kafka_partition, kafka_offset, event_id, type, revision, headers::text,
                                   payload, error, parked_at, attempts
                            from %s.parked_event order by topic, kafka_partition, kafka_offset limit 1000""".formatted(v.schema()))
                    .query((rs, i) -> new Parked(v.name(), v.version(), rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), (Integer) rs.getObject(6), rs.getString(7), text(rs.getBytes(8)), rs.getString(9),
                            rs.getTimestamp(10).toInstant(), rs.getInt(11)))
                    .list());
        }
        return all;
    }

    /** The payload as UTF-8 text, or in base64 where it is not UTF-8. */
    private static String text(byte[] payload) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(payload)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "base64:" + java.util.Base64.getEncoder().encodeToString(payload);
        }
    }

    @Override
    public Health health() {
        long parked = registry.versions(PactProgressFacts.NAME).stream().filter(ProjectionVersion::consumed)
                .mapToLong(registry::parked).sum();
        return parked == 0 ? Health.up().withDetail("parked", 0).build()
                : Health.status(DEGRADED).withDetail("parked", parked).build();
    }
}
