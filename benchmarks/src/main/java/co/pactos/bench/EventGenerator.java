package co.pactos.bench;

import co.pactos.bench.EventMix.Kind;
import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.events.Topics;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import co.pactos.events.goals.Accumulation;
import co.pactos.kit.municipality.Municipalities;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * N events of the contract that hang together as the two command services would have recorded them:
 * first the plan's structure (plan, dependencies, pacts, goals, links, annual targets), then a bulk
 * drawn from the {@link EventMix} in which every reference names something recorded before
 * (executions and adjustments of committed investments, calls of declared programmes, results of
 * opened calls, activities and investments for goals of the pact they name). The same seed gives the
 * same events.
 */
final class EventGenerator {

    /** One event, the topic it goes to and the attributes the relay would give it. */
    record GeneratedEvent(String topic, PactosEvent event, CloudEventAttributes attributes) {
    }

    static final String GOALS_SOURCE = "/pactos/goals-service";
    static final String INVESTMENTS_SOURCE = "/pactos/investments-service";
    private static final List<String> FUNDING = List.of("Recursos propios", "SGP", "SGR", "Crédito", "Estampilla");
    private static final List<String> GROUPS = List.of("líderes y lideresas comunales", "mujeres", "jóvenes",
            "población étnica", "víctimas", "campesinos", "personas mayores", "niñas y niños");
    private static final List<String> TOPICS = List.of("participación", "liderazgo", "emprendimiento", "paz", "salud",
            "educación", "género", "cultura", "medio ambiente", "conectividad");

    private final PlanShape shape;
    private final EventMix mix;
    private final SplittableRandom random;
    private final List<String> municipalities;
    private final List<GeneratedEvent> structure;
    private final long total;
    private final RecordedTimes times;
    private final int[] goalSequence;
    private final int[] goalReports;
    private final BigDecimal[] annualTarget;
    private final IdTable investments = new IdTable("inversion-", 7);
    private final IdTable calls = new IdTable("convocatoria-", 6);
    private int activities;
    private int programmes;
    private long emitted;
    private long executions;
    private long adjustments;
    private long results;

    EventGenerator(long events, EventMix mix, int goals, int pacts, long seed) {
        this.shape = new PlanShape(goals, pacts);
        this.mix = mix;
        this.random = new SplittableRandom(seed);
        this.municipalities = Municipalities.valleDelCauca().all().stream().map(Municipalities.Municipality::code).toList();
        this.goalSequence = new int[goals];
        this.goalReports = new int[goals];
        this.annualTarget = new BigDecimal[goals];
        this.structure = structure();
        this.total = events;
        this.times = new RecordedTimes(events - structure.size());
    }

    PlanShape shape() {
        return shape;
    }

    /** The events of the plan's structure, which come first; more than N when N is that small. */
    int structureEvents() {
        return structure.size();
    }

    RecordedTimes times() {
        return times;
    }

    boolean hasNext() {
        return emitted < total;
    }

    GeneratedEvent next() {
        long i = emitted++;
        if (i < structure.size()) {
            return structure.get((int) i);
        }
        return bulk(times.bulk(i - structure.size()));
    }

    /** A progress report of the freshness goal whose value is {@code k}, recorded at {@code time}. */
    GeneratedEvent freshProgress(long k, Instant time, LocalDate effectiveDate) {
        return goals(new ProgressReportedEvent(PlanShape.FRESH_GOAL, "frescura-" + k, effectiveDate, BigDecimal.valueOf(k),
                "benchmark freshness", null, null), time, 1_000_000 + k, "SDSP");
    }

    private List<GeneratedEvent> structure() {
        List<GeneratedEvent> events = new ArrayList<>();
        RecordedTimes clock = new RecordedTimes(1);
        List<PactosEvent> goalsTopic = new ArrayList<>();
        goalsTopic.add(new PlanDeclaredEvent(PlanShape.PLAN_ID, "Valle Invencible", "76", LocalDate.of(2020, 1, 1),
                LocalDate.of(2023, 12, 31)));
        PlanShape.DEPENDENCIES.forEach(d -> goalsTopic.add(new DependencyRegisteredEvent(d.code(), d.name(), d.parent())));
        for (String pact : shape.pacts()) {
            goalsTopic.add(new PactDeclaredEvent(pact, PlanShape.PLAN_ID, "Pacto " + pact.substring(6).replace('-', ' '),
                    "Pacto por " + pact.substring(6).replace('-', ' ') + " del plan Valle Invencible"));
        }
        goalsTopic.add(new PactDeclaredEvent(PlanShape.BIG_PACT, PlanShape.PLAN_ID, "Pacto de las 500 metas",
                "Un pacto al que sirven 500 metas"));
        goalsTopic.add(new PactDeclaredEvent(PlanShape.FRESH_PACT, PlanShape.PLAN_ID, "Pacto de frescura",
                "Un pacto con una meta, que recibe los avances de la medición de frescura"));
        for (PactosEvent event : goalsTopic) {
            events.add(goals(event, clock.structure(events.size()), 0, "DAP"));
        }
        for (int g = 0; g < shape.goals(); g++) {
            String dependency = shape.dependency(g).code();
            for (PactosEvent event : goal(g)) {
                events.add(goals(event, clock.structure(events.size()), goalSequence[g]++, dependency));
            }
        }
        int sequence = 0;
        for (PactosEvent event : freshGoal()) {
            events.add(goals(event, clock.structure(events.size()), sequence++, "SDSP"));
        }
        return events;
    }

    private List<PactosEvent> goal(int g) {
        String id = shape.goalId(g);
        int kind = random.nextInt(20);
        Accumulation accumulation = kind < 10 ? Accumulation.ACCUMULATED : kind < 14 ? Accumulation.FLOW
                : kind < 17 ? Accumulation.STOCK : kind < 19 ? Accumulation.MAINTENANCE : Accumulation.REDUCTION;
        BigDecimal baseline = accumulation == Accumulation.REDUCTION ? BigDecimal.valueOf(500 + random.nextInt(500))
                : accumulation == Accumulation.STOCK ? BigDecimal.valueOf(random.nextInt(100)) : BigDecimal.ZERO;
        BigDecimal target = accumulation == Accumulation.REDUCTION ? baseline.subtract(BigDecimal.valueOf(100 + random.nextInt(300)))
                : baseline.add(BigDecimal.valueOf(40 + random.nextInt(2000)));
        annualTarget[g] = accumulation == Accumulation.ACCUMULATED ? target.divide(BigDecimal.valueOf(4)) : target;
        List<PactosEvent> events = new ArrayList<>();
        events.add(new GoalDeclaredEvent(id, PlanShape.PLAN_ID, Ids.padded("MP", g, 5), "Meta de producto " + g + " del plan",
                "Número de acciones realizadas", "número", random.nextInt(10) == 0 ? GoalKind.RESULT : GoalKind.PRODUCT,
                accumulation, baseline, target, shape.dependency(g).code()));
        events.add(new GoalLinkedToPactEvent(id, shape.directPact(g), LinkType.DIRECT));
        if (shape.indirectPact(g) != null) {
            events.add(new GoalLinkedToPactEvent(id, shape.indirectPact(g), LinkType.INDIRECT));
        }
        if (shape.inBigPact(g)) {
            events.add(new GoalLinkedToPactEvent(id, PlanShape.BIG_PACT, LinkType.INDIRECT));
        }
        for (int year = 2020; year <= 2023; year++) {
            events.add(new AnnualTargetSetEvent(id, year, annualTarget[g]));
        }
        return events;
    }

    private List<PactosEvent> freshGoal() {
        BigDecimal target = BigDecimal.valueOf(1_000_000_000);
        List<PactosEvent> events = new ArrayList<>();
        events.add(new GoalDeclaredEvent(PlanShape.FRESH_GOAL, PlanShape.PLAN_ID, "MPFRESCA", "Meta de la medición de frescura",
                "Número de avances", "número", GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, target, "SDSP"));
        events.add(new GoalLinkedToPactEvent(PlanShape.FRESH_GOAL, PlanShape.FRESH_PACT, LinkType.DIRECT));
        for (int year = 2020; year <= 2023; year++) {
            events.add(new AnnualTargetSetEvent(PlanShape.FRESH_GOAL, year, target.divide(BigDecimal.valueOf(4))));
        }
        return events;
    }

    private GeneratedEvent bulk(Instant time) {
        Kind kind = mix.draw(random);
        if ((kind == Kind.EXECUTION || kind == Kind.ADJUSTMENT) && investments.size() == 0) {
            kind = Kind.INVESTMENT;
        }
        if (kind == Kind.CALL_RESULT && calls.size() == 0) {
            kind = Kind.CALL;
        }
        if (kind == Kind.CALL && programmes == 0) {
            kind = Kind.PROGRAMME;
        }
        LocalDate day = RecordedTimes.date(time);
        return switch (kind) {
            case PROGRESS -> progress(time);
            case ACTIVITY -> activity(time, day);
            case INVESTMENT -> investment(time, day);
            case EXECUTION -> execution(time, day);
            case ADJUSTMENT -> adjustment(time, day, false);
            case PROGRAMME -> programme(time);
            case CALL -> call(time, day);
            case CALL_RESULT -> callResult(time, day);
        };
    }

    private GeneratedEvent progress(Instant time) {
        int g = random.nextInt(shape.goals());
        int n = goalReports[g]++;
        boolean correction = n > 0 && random.nextInt(20) == 0;
        BigDecimal value = BigDecimal.valueOf(annualTarget[g].movePointRight(2).longValue() * random.nextInt(120) / 100, 2);
        ProgressReportedEvent event = new ProgressReportedEvent(shape.goalId(g), "avance-" + g + "-" + n,
                RecordedTimes.previousQuarterEnd(time), value.abs(), "reporte trimestral",
                correction ? "avance-" + g + "-" + (n - 1) : null, correction ? "corrección de la cifra reportada" : null);
        return goals(event, time, goalSequence[g]++, shape.dependency(g).code());
    }

    private GeneratedEvent activity(Instant time, LocalDate day) {
        int g = random.nextInt(shape.goals());
        boolean allPacts = random.nextInt(30) == 0;
        String id = Ids.padded("actividad-", activities++, 7);
        List<String> goals = allPacts ? List.of() : distinct(shape.goalId(g), shape.goalId(shape.sibling(g, 1 + random.nextInt(3))));
        List<Beneficiaries> reached = List.of(new Beneficiaries(pick(GROUPS), 10 + random.nextInt(5000)));
        String dependency = shape.dependency(g).code();
        LocalDate end = random.nextInt(10) == 0 ? null : day.plusDays(random.nextInt(60));
        return goals(ContractEvents.activity(PlanShape.PLAN_ID, id, dependency, "Taller " + pick(TOPICS) + " " + activities,
                "Jornada de formación y acompañamiento", day, end, allPacts ? List.of() : List.of(shape.directPact(g)), allPacts,
                goals, reached, someMunicipalities(1 + random.nextInt(5)), List.of(pick(TOPICS))), time, 0, dependency);
    }

    private GeneratedEvent investment(Instant time, LocalDate day) {
        int g = random.nextInt(shape.goals());
        boolean allPacts = random.nextInt(30) == 0;
        long amount = (10_000L + random.nextInt(2_000_000)) * 1_000L;
        String activity = activities > 0 && random.nextInt(3) == 0 ? Ids.padded("actividad-", random.nextInt(activities), 7) : null;
        String call = calls.size() > 0 && random.nextInt(10) == 0 ? calls.id(random.nextInt(calls.size())) : null;
        int index = investments.add(amount);
        String dependency = shape.dependency(index).code();
        return investments(ContractEvents.investment(PlanShape.PLAN_ID, investments.id(index), dependency, amount, day.getYear(), day,
                activity, call, allPacts ? List.of() : List.of(shape.goalId(g)), allPacts ? List.of() : List.of(shape.directPact(g)),
                allPacts, pick(FUNDING)), time, 0, dependency);
    }

    private GeneratedEvent execution(Instant time, LocalDate day) {
        int i = random.nextInt(investments.size());
        long remaining = investments.amount(i) - investments.executed(i);
        if (remaining <= 0) {
            return adjustment(time, day, true);
        }
        long amount = Math.min(remaining, Math.max(1_000L, investments.amount(i) / 100 * (5 + random.nextInt(30)) / 1000 * 1000));
        investments.execute(i, amount);
        return investments(new InvestmentExecutedEvent(investments.id(i), Ids.padded("ejecucion-", executions++, 8), day, amount),
                time, investments.nextSequence(i), shape.dependency(i).code());
    }

    private GeneratedEvent adjustment(Instant time, LocalDate day, boolean addition) {
        int i = random.nextInt(investments.size());
        long free = investments.amount(i) - investments.executed(i);
        long amount = addition || free < 4_000 || random.nextBoolean()
                ? investments.amount(i) / 10 / 1000 * 1000 + 1000 : -(free / 4 / 1000 * 1000);
        investments.adjust(i, amount);
        return investments(new InvestmentAdjustedEvent(investments.id(i), Ids.padded("ajuste-", adjustments++, 8), day, amount,
                amount > 0 ? "adición presupuestal" : "reducción por menor costo"), time, investments.nextSequence(i),
                shape.dependency(i).code());
    }

    private GeneratedEvent programme(Instant time) {
        String id = Ids.padded("programa-", programmes++, 4);
        return investments(new ProgrammeDeclaredEvent(id, "ValleINN " + programmes, "SDE"), time, 0, "SDE");
    }

    private GeneratedEvent call(Instant time, LocalDate day) {
        String programme = Ids.padded("programa-", random.nextInt(programmes), 4);
        int index = calls.add(0);
        return investments(new CallOpenedEvent(calls.id(index), programme, "Convocatoria " + index, "Convocatoria de emprendimiento",
                day.getYear(), someMunicipalities(random.nextInt(7))), time, 0, "SDE");
    }

    private GeneratedEvent callResult(Instant time, LocalDate day) {
        int i = random.nextInt(calls.size());
        return investments(new CallResultReportedEvent(calls.id(i), Ids.padded("resultado-", results++, 8), day,
                random.nextInt(200), random.nextInt(600)), time, calls.nextSequence(i), "SDE");
    }

    private GeneratedEvent goals(PactosEvent event, Instant time, long sequence, String dependency) {
        return new GeneratedEvent(Topics.GOALS, event, attributes(event, GOALS_SOURCE, time, sequence, dependency, "SIGESI"));
    }

    private GeneratedEvent investments(PactosEvent event, Instant time, long sequence, String dependency) {
        return new GeneratedEvent(Topics.INVESTMENTS, event, attributes(event, INVESTMENTS_SOURCE, time, sequence, dependency, "SIDRAC"));
    }

    private CloudEventAttributes attributes(PactosEvent event, String source, Instant time, long sequence, String dependency,
                                            String system) {
        EventTypes.Descriptor type = EventTypes.of(event.getClass());
        UUID id = new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        return new CloudEventAttributes(id.toString(), source, type.name(), time, event.aggregateId(), type.revision(), sequence,
                event.validTime().toString(), dependency, "usuario-" + dependency.toLowerCase(), system);
    }

    private List<String> someMunicipalities(int count) {
        List<String> codes = new ArrayList<>();
        int start = random.nextInt(municipalities.size());
        for (int k = 0; k < Math.min(count, municipalities.size()); k++) {
            codes.add(municipalities.get((start + k * 5) % municipalities.size()));
        }
        return codes.stream().distinct().toList();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> distinct(String a, String b) {
        return a.equals(b) ? List.of(a) : List.of(a, b);
    }
}
