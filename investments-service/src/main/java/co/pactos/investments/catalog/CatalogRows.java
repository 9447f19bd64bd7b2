package co.pactos.investments.catalog;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.events.UnreadableEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Writes what one record of goals-service's topic means for the catalog, with fixed SQL keyed by what it records: a
 * redelivered record changes nothing. Events of other types (progress, targets, amendments ...) are not needed here and
 * are passed over; an event of a needed type that cannot be read is parked, never dropped.
 */
final class CatalogRows {

    /** The event types the catalog keeps something of. */
    static final Set<String> NEEDED = Stream.of(PlanDeclaredEvent.class, DependencyRegisteredEvent.class, PactDeclaredEvent.class,
                    GoalDeclaredEvent.class, ActivityRecordedEvent.class, PeriodClosedEvent.class, PeriodReopenedEvent.class)
            .map(type -> EventTypes.of(type).name()).collect(Collectors.toUnmodifiableSet());

    private CatalogRows() {
    }

    /** Applies one record; answers its recorded time (for the delay) or null when the record was passed over or parked. */
    static java.time.Instant apply(Connection connection, ConsumerRecord<String, byte[]> record) throws SQLException {
        String type = header(record, CloudEventAttributes.PREFIX + "type");
        if (type == null || !NEEDED.contains(type)) {
            return null;
        }
        CloudEventAttributes attributes;
        PactosEvent event;
        try {
            attributes = CloudEventAttributes.fromHeaders(headers(record));
            event = EventJson.read(attributes.type(), attributes.revision(), record.value());
        } catch (UnreadableEvent | IllegalArgumentException | java.time.DateTimeException e) {
            park(connection, record, type, e.getMessage());
            return null;
        }
        Timestamp recordedAt = Timestamp.from(attributes.time());
        // Java 17: no pattern matching in switch; one branch per needed type
        if (event instanceof PlanDeclaredEvent e) {
            entry(connection, "PLAN", e.planId(), null, null, e.startDate(), e.endDate(), attributes);
        } else if (event instanceof DependencyRegisteredEvent e) {
            entry(connection, "DEPENDENCY", e.code(), null, e.parentCode(), null, null, attributes);
        } else if (event instanceof PactDeclaredEvent e) {
            entry(connection, "PACT", e.pactId(), e.planId(), null, null, null, attributes);
        } else if (event instanceof GoalDeclaredEvent e) {
            entry(connection, "GOAL", e.goalId(), e.planId(), null, null, null, attributes);
        } else if (event instanceof ActivityRecordedEvent e) {
            entry(connection, "ACTIVITY", e.activityId(), e.planId(), null, null, null, attributes);
        } else if (event instanceof PeriodClosedEvent e) {
            closure(connection, e, attributes);
        } else if (event instanceof PeriodReopenedEvent e) {
            reopening(connection, e, attributes);
        } else {
            return null;
        }
        return recordedAt.toInstant();
    }

    private static void entry(Connection connection, String kind, String id, String planId, String parentCode, LocalDate start,
                              LocalDate end, CloudEventAttributes attributes) throws SQLException {
        // ids are written once in goals-service (a different body under an existing id is refused there): the first row stays
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into goals_catalog_entry (kind, id, plan_id, parent_code, start_date, end_date, event_id, recorded_at, applied_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                on conflict (kind, id) do nothing""")) {
            insert.setString(1, kind);
            insert.setString(2, id);
            insert.setString(3, planId);
            insert.setString(4, parentCode);
            insert.setObject(5, start);
            insert.setObject(6, end);
            insert.setString(7, attributes.id());
            insert.setTimestamp(8, Timestamp.from(attributes.time()));
            insert.executeUpdate();
        }
    }

    private static void closure(Connection connection, PeriodClosedEvent e, CloudEventAttributes attributes) throws SQLException {
        // a period closed anew (after a reopening) replaces the earlier closure; a redelivered older one does not
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into goals_period_closure (plan_id, period, from_date, to_date, reason, closed_by, client, sequence, event_id,
                                                  recorded_at, applied_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                on conflict (plan_id, period) do update
                set from_date = excluded.from_date, to_date = excluded.to_date, reason = excluded.reason,
                    closed_by = excluded.closed_by, client = excluded.client, sequence = excluded.sequence,
                    event_id = excluded.event_id, recorded_at = excluded.recorded_at, applied_at = excluded.applied_at
                where (excluded.recorded_at, excluded.sequence) > (goals_period_closure.recorded_at, goals_period_closure.sequence)""")) {
            upsert.setString(1, e.planId());
            upsert.setString(2, e.period());
            upsert.setObject(3, e.from());
            upsert.setObject(4, e.to());
            upsert.setString(5, e.reason());
            upsert.setString(6, who(attributes));
            upsert.setString(7, attributes.client());
            upsert.setLong(8, attributes.sequence());
            upsert.setString(9, attributes.id());
            upsert.setTimestamp(10, Timestamp.from(attributes.time()));
            upsert.executeUpdate();
        }
    }

    private static void reopening(Connection connection, PeriodReopenedEvent e, CloudEventAttributes attributes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into goals_period_reopening (plan_id, period, reopening_id, reason, until, reopened_by, client, sequence, event_id,
                                                    recorded_at, applied_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                on conflict (plan_id, period, reopening_id) do nothing""")) {
            insert.setString(1, e.planId());
            insert.setString(2, e.period());
            insert.setString(3, e.reopeningId());
            insert.setString(4, e.reason());
            insert.setTimestamp(5, e.until() == null ? null : Timestamp.from(e.until()));
            insert.setString(6, who(attributes));
            insert.setString(7, attributes.client());
            insert.setLong(8, attributes.sequence());
            insert.setString(9, attributes.id());
            insert.setTimestamp(10, Timestamp.from(attributes.time()));
            insert.executeUpdate();
        }
    }

    /** The user that made it, else the client whose token did. */
    private static String who(CloudEventAttributes attributes) {
        return attributes.actor() != null ? attributes.actor() : attributes.client();
    }

    private static void park(Connection connection, ConsumerRecord<String, byte[]> record, String type, String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into goals_catalog_parked (topic, partition, kafka_offset, event_type, reason, parked_at)
                values (?, ?, ?, ?, ?, clock_timestamp())
                on conflict (topic, partition, kafka_offset) do nothing""")) {
            insert.setString(1, record.topic());
            insert.setInt(2, record.partition());
            insert.setLong(3, record.offset());
            insert.setString(4, type);
            insert.setString(5, reason == null ? "unreadable" : reason);
            insert.executeUpdate();
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
