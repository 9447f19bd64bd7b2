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
 * Writes what the records of one poll of goals-service's topic mean for the catalog, with fixed SQL keyed by what each
 * records: a redelivered record changes nothing. Events of other types (progress, targets, amendments ...) are not needed
 * here and are passed over; an event of a needed type that cannot be read is parked, never dropped.
 *
 * <p>One JDBC batch per table and poll ({@link #flush()}), not a statement per record: each table's statements keep
 * the records' order, and no table's rows depend on another's, so the outcome is the record-by-record one.
 */
final class CatalogRows implements AutoCloseable {

    /** The event types the catalog keeps something of. */
    static final Set<String> NEEDED = Stream.of(PlanDeclaredEvent.class, DependencyRegisteredEvent.class, PactDeclaredEvent.class,
                    GoalDeclaredEvent.class, ActivityRecordedEvent.class, PeriodClosedEvent.class, PeriodReopenedEvent.class)
            .map(type -> EventTypes.of(type).name()).collect(Collectors.toUnmodifiableSet());

    private static final String ENTRY = """
            insert into goals_catalog_entry (kind, id, plan_id, parent_code, start_date, end_date, event_id, recorded_at, applied_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
            on conflict (kind, id) do nothing""";
    // a period closed anew (after a reopening) replaces the earlier closure; a redelivered older one does not
    private static final String CLOSURE = """
            insert into goals_period_closure (plan_id, period, from_date, to_date, reason, closed_by, client, sequence, event_id,
                                              recorded_at, applied_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
            on conflict (plan_id, period) do update
            set from_date = excluded.from_date, to_date = excluded.to_date, reason = excluded.reason,
                closed_by = excluded.closed_by, client = excluded.client, sequence = excluded.sequence,
                event_id = excluded.event_id, recorded_at = excluded.recorded_at, applied_at = excluded.applied_at
            where (excluded.recorded_at, excluded.sequence) > (goals_period_closure.recorded_at, goals_period_closure.sequence)""";
    private static final String REOPENING = """
            insert into goals_period_reopening (plan_id, period, reopening_id, reason, until, reopened_by, client, sequence, event_id,
                                                recorded_at, applied_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
            on conflict (plan_id, period, reopening_id) do nothing""";
    private static final String PARKED = """
            insert into goals_catalog_parked (topic, partition, kafka_offset, event_type, reason, parked_at)
            values (?, ?, ?, ?, ?, clock_timestamp())
            on conflict (topic, partition, kafka_offset) do nothing""";

    private final Connection connection;
    /** How many records of this poll were a period's closure (each one asks for a checkpoint of this service's chain). */
    private int closures;
    /** The statements of this poll by SQL, in first-use order, each with its batch of rows. */
    private final Map<String, PreparedStatement> statements = new java.util.LinkedHashMap<>();

    CatalogRows(Connection connection) {
        this.connection = connection;
    }

    /** Whether a record of this poll was a period's closure ({@code PeriodClosed}), redelivered or not. */
    boolean closedAPeriod() {
        return closures > 0;
    }

    /** Executes every table's batch of rows (in the connection's transaction). */
    void flush() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /**
     * Adds what one record means to the poll's batches; answers its recorded time (for the delay) or null when the
     * record was passed over or parked.
     */
    java.time.Instant apply(ConsumerRecord<String, byte[]> record) throws SQLException {
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
            park(record, type, e.getMessage());
            return null;
        }
        Timestamp recordedAt = Timestamp.from(attributes.time());
        // Java 17: no pattern matching in switch; one branch per needed type
        if (event instanceof PlanDeclaredEvent e) {
            entry("PLAN", e.planId(), null, null, e.startDate(), e.endDate(), attributes);
        } else if (event instanceof DependencyRegisteredEvent e) {
            entry("DEPENDENCY", e.code(), null, e.parentCode(), null, null, attributes);
        } else if (event instanceof PactDeclaredEvent e) {
            entry("PACT", e.pactId(), e.planId(), null, null, null, attributes);
        } else if (event instanceof GoalDeclaredEvent e) {
            entry("GOAL", e.goalId(), e.planId(), null, null, null, attributes);
        } else if (event instanceof ActivityRecordedEvent e) {
            entry("ACTIVITY", e.activityId(), e.planId(), null, null, null, attributes);
        } else if (event instanceof PeriodClosedEvent e) {
            closure(e, attributes);
            closures++;
        } else if (event instanceof PeriodReopenedEvent e) {
            reopening(e, attributes);
        } else {
            return null;
        }
        return recordedAt.toInstant();
    }

    private void entry(String kind, String id, String planId, String parentCode, LocalDate start, LocalDate end,
                       CloudEventAttributes attributes) throws SQLException {
        // ids are written once in goals-service (a different body under an existing id is refused there): the first row stays
        PreparedStatement insert = statement(ENTRY);
        insert.setString(1, kind);
        insert.setString(2, id);
        insert.setString(3, planId);
        insert.setString(4, parentCode);
        insert.setObject(5, start);
        insert.setObject(6, end);
        insert.setString(7, attributes.id());
        insert.setTimestamp(8, Timestamp.from(attributes.time()));
        insert.addBatch();
    }

    private void closure(PeriodClosedEvent e, CloudEventAttributes attributes) throws SQLException {
        PreparedStatement upsert = statement(CLOSURE);
        upsert.setString(1, e.planId());
        upsert.setString(2, e.period());
        upsert.setObject(3, e.from());
        upsert.setObject(4, e.to());
        upsert.setString(5, e.reason());
        addWithRecording(upsert, attributes);
    }

    private void reopening(PeriodReopenedEvent e, CloudEventAttributes attributes) throws SQLException {
        PreparedStatement insert = statement(REOPENING);
        insert.setString(1, e.planId());
        insert.setString(2, e.period());
        insert.setString(3, e.reopeningId());
        insert.setString(4, e.reason());
        insert.setTimestamp(5, e.until() == null ? null : Timestamp.from(e.until()));
        addWithRecording(insert, attributes);
    }

    /** Sets the last five columns a closure and a reopening share (who, client, sequence, event id, recorded at) and adds the row. */
    private static void addWithRecording(PreparedStatement statement, CloudEventAttributes attributes) throws SQLException {
        statement.setString(6, who(attributes));
        statement.setString(7, attributes.client());
        statement.setLong(8, attributes.sequence());
        statement.setString(9, attributes.id());
        statement.setTimestamp(10, Timestamp.from(attributes.time()));
        statement.addBatch();
    }

    /** The user that made it, else the client whose token did. */
    private static String who(CloudEventAttributes attributes) {
        return attributes.actor() != null ? attributes.actor() : attributes.client();
    }

    private void park(ConsumerRecord<String, byte[]> record, String type, String reason) throws SQLException {
        PreparedStatement insert = statement(PARKED);
        insert.setString(1, record.topic());
        insert.setInt(2, record.partition());
        insert.setLong(3, record.offset());
        insert.setString(4, type);
        insert.setString(5, reason == null ? "unreadable" : reason);
        insert.addBatch();
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
