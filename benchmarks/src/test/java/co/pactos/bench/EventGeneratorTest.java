package co.pactos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.EventJson;
import co.pactos.events.PactosEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import co.pactos.kit.municipality.Municipalities;
import co.pactos.kit.relay.EventRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The generated log hangs together: every reference names something recorded earlier, and every record reads back. */
class EventGeneratorTest {

    @Test
    void eventsReferenceOnlyWhatWasRecordedBeforeAndReadBackThroughTheContract() {
        EventGenerator generator = new EventGenerator(30_000, EventMix.parse(EventMix.DEFAULT), 600, 12, 3);
        Set<String> pacts = new HashSet<>();
        Set<String> goals = new HashSet<>();
        Set<String> reports = new HashSet<>();
        Set<String> programmes = new HashSet<>();
        Set<String> calls = new HashSet<>();
        Set<String> activities = new HashSet<>();
        Map<String, Long> committed = new HashMap<>();
        Map<String, Long> executed = new HashMap<>();
        Map<String, Long> lastSequence = new HashMap<>();
        Map<String, Integer> goalsOfPact = new HashMap<>();
        Set<String> valle = new HashSet<>(Municipalities.valleDelCauca().all().stream().map(Municipalities.Municipality::code).toList());
        Instant previous = Instant.MIN;
        int count = 0;
        while (generator.hasNext()) {
            EventGenerator.GeneratedEvent generated = generator.next();
            count++;
            ProducerRecord<String, byte[]> record = EventRecords.of(generated.topic(), generated.event(), generated.attributes());
            String type = new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
            assertThat(EventJson.read(type, record.value())).contains(generated.event());
            Instant time = generated.attributes().time();
            assertThat(time).isAfterOrEqualTo(previous).isBetween(Instant.parse("2020-01-01T05:00:00Z"), Instant.parse("2024-01-01T05:00:00Z"));
            previous = time;
            Long before = lastSequence.put(generated.event().aggregateId(), generated.attributes().sequence());
            assertThat(generated.attributes().sequence()).isEqualTo(before == null ? 0 : before + 1);
            check(generated.event(), pacts, goals, reports, programmes, calls, activities, committed, executed, goalsOfPact, valle);
        }
        assertThat(count).isEqualTo(30_000);
        assertThat(goalsOfPact.get(PlanShape.BIG_PACT)).isEqualTo(500);
        assertThat(goalsOfPact.get(PlanShape.FRESH_PACT)).isEqualTo(1);
        assertThat(reports).hasSizeGreaterThan(10_000);
        assertThat(committed).isNotEmpty();
        assertThat(calls).isNotEmpty();
        committed.forEach((investment, amount) -> assertThat(executed.getOrDefault(investment, 0L)).isLessThanOrEqualTo(amount));
    }

    private static void check(PactosEvent event, Set<String> pacts, Set<String> goals, Set<String> reports, Set<String> programmes,
                              Set<String> calls, Set<String> activities, Map<String, Long> committed, Map<String, Long> executed,
                              Map<String, Integer> goalsOfPact, Set<String> valle) {
        if (event instanceof PactDeclaredEvent e) {
            pacts.add(e.pactId());
        } else if (event instanceof GoalDeclaredEvent e) {
            goals.add(e.goalId());
        } else if (event instanceof GoalLinkedToPactEvent e) {
            assertThat(goals).contains(e.goalId());
            assertThat(pacts).contains(e.pactId());
            goalsOfPact.merge(e.pactId(), 1, Integer::sum);
        } else if (event instanceof ProgressReportedEvent e) {
            assertThat(goals).contains(e.goalId());
            if (e.corrects() != null) {
                assertThat(reports).contains(e.corrects());
            }
            assertThat(reports.add(e.reportId())).isTrue();
        } else if (event instanceof ActivityRecordedEvent e) {
            assertThat(pacts).containsAll(e.pacts());
            assertThat(goals).containsAll(e.goals());
            assertThat(e.allPacts() || !e.pacts().isEmpty()).isTrue();
            assertThat(valle).containsAll(e.municipalities());
            activities.add(e.activityId());
        } else if (event instanceof InvestmentCommittedEvent e) {
            assertThat(pacts).containsAll(e.pacts());
            assertThat(goals).containsAll(e.goals());
            if (e.activityId() != null) {
                assertThat(activities).contains(e.activityId());
            }
            if (e.callId() != null) {
                assertThat(calls).contains(e.callId());
            }
            assertThat(committed.put(e.investmentId(), e.amount())).isNull();
        } else if (event instanceof InvestmentExecutedEvent e) {
            assertThat(committed).containsKey(e.investmentId());
            assertThat(e.amount()).isPositive();
            executed.merge(e.investmentId(), e.amount(), Long::sum);
        } else if (event instanceof InvestmentAdjustedEvent e) {
            assertThat(committed).containsKey(e.investmentId());
            committed.merge(e.investmentId(), e.amount(), Long::sum);
            assertThat(committed.get(e.investmentId())).isGreaterThanOrEqualTo(executed.getOrDefault(e.investmentId(), 0L));
        } else if (event instanceof ProgrammeDeclaredEvent e) {
            programmes.add(e.programmeId());
        } else if (event instanceof CallOpenedEvent e) {
            assertThat(programmes).contains(e.programmeId());
            assertThat(valle).containsAll(e.municipalities());
            calls.add(e.callId());
        } else if (event instanceof CallResultReportedEvent e) {
            assertThat(calls).contains(e.callId());
        }
    }

    @Test
    void theSameSeedGivesTheSameEvents() {
        EventGenerator a = new EventGenerator(2_000, EventMix.parse(EventMix.DEFAULT), 100, 5, 11);
        EventGenerator b = new EventGenerator(2_000, EventMix.parse(EventMix.DEFAULT), 100, 5, 11);
        while (a.hasNext()) {
            assertThat(b.next()).isEqualTo(a.next());
        }
    }

    @Test
    void theMixDrawsKindsInProportionAndNamesUnknownKinds() {
        EventMix mix = EventMix.parse("progress=3,investment=1");
        assertThat(mix.share(EventMix.Kind.PROGRESS)).isEqualTo(0.75);
        assertThat(mix.share(EventMix.Kind.ACTIVITY)).isZero();
        assertThat(mix).hasToString("progress=3,investment=1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventMix.parse("progres=3"))
                .hasMessageContaining("unknown event kind 'progres'");
    }
}
