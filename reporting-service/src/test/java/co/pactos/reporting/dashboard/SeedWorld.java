package co.pactos.reporting.dashboard;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.events.Topics;
import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.ActivityRecordedEvent;
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
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import co.pactos.kit.relay.EventRecords;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The seed pact (../shared/seed/pacto-accion-comunal-2022.md) in small, under fresh ids, put on the topics as the
 * command services' relay does: everything recorded on 30 June 2022 (so "as it stood on 1 July 2022" sees it), and one
 * correction of the direct goal's report recorded now.
 *
 * <p>Figures, by period: direct goal (target 0.25 in 2022, none in 2021): 0,0 % as of 2022-07-01, 40,0 % after the
 * correction, NP in 2021. Indirect goal (targets 50 in 2021 and 2022): 50,0 % in 2021, 80,0 % at the 2022-06-30 cut-off.
 * The pact's own money: $708.400.000 committed, $354.200.000 executed (50,0 %), 23.800 leaders; for all pacts, ValleINN:
 * 1.515 ventures and 5.846 jobs for $9.000.000.000 (in Buenaventura, 76109), 1.360 ventures and 5.540 jobs for $11.224.170.162
 * (in Cali, 76001). The training (for the pact and its direct goal: the goal's money) reached Cali and Buga (76111).
 */
public record SeedWorld(String planId, String pactId, String directGoal, String indirectGoal) {

    static final Instant RECORDED = Instant.parse("2022-06-30T17:00:00Z");
    public static final String PACT_NAME = "Pacto Vallecaucano hacia la Política Pública de los Organismos de Acción Comunal";

    /** A dependency of this world by the seed's code: {@code SDSP}, {@code STAC}, {@code SALUD}, {@code SDEC}. */
    public String dependency(String seedCode) {
        return seedCode + "-" + planId.substring("valle-".length());
    }

    static SeedWorld publish(String bootstrapServers) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        SeedWorld w = new SeedWorld("valle-" + s, "accion-comunal-" + s, "meta-sigesi-" + s, "meta-salud-" + s);
        String sdsp = "SDSP-" + s;
        String stac = "STAC-" + s;
        String salud = "SALUD-" + s;
        String sdec = "SDEC-" + s;
        try (Publisher log = new Publisher(bootstrapServers)) {
            log.publish(new PlanDeclaredEvent(w.planId(), "Valle Invencible", "76", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
            log.publish(new DependencyRegisteredEvent(sdsp, "Secretaría de Desarrollo Social y Participación", null));
            log.publish(new DependencyRegisteredEvent(stac, "Subdirección Técnica de Acción Comunal", sdsp));
            log.publish(new DependencyRegisteredEvent(salud, "Secretaría de Salud", null));
            log.publish(new DependencyRegisteredEvent(sdec, "Secretaría de Desarrollo Económico y Competitividad", null));
            log.publish(new PactDeclaredEvent(w.pactId(), w.planId(), PACT_NAME, null));
            log.publish(new GoalDeclaredEvent(w.directGoal(), w.planId(), "SIGESI-AC", "Construir 1 plataforma dentro del Sistema de "
                    + "Gestión Social Integral SIGESI", "Plataforma construida", "número", GoalKind.PRODUCT, Accumulation.ACCUMULATED,
                    BigDecimal.ZERO, BigDecimal.ONE, sdsp));
            log.publish(new GoalLinkedToPactEvent(w.directGoal(), w.pactId(), LinkType.DIRECT));
            log.publish(new AnnualTargetSetEvent(w.directGoal(), 2022, new BigDecimal("0.25")));
            log.publish(new ProgressReportedEvent(w.directGoal(), "avance-2022-06-30", LocalDate.of(2022, 6, 30), BigDecimal.ZERO,
                    null, null, null));
            log.publish(new GoalDeclaredEvent(w.indirectGoal(), w.planId(), "SALUD-7", "Atender a 100 organizaciones comunales",
                    "Organizaciones atendidas", "número", GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO,
                    new BigDecimal("100"), salud));
            log.publish(new GoalLinkedToPactEvent(w.indirectGoal(), w.pactId(), LinkType.INDIRECT));
            log.publish(new AnnualTargetSetEvent(w.indirectGoal(), 2021, new BigDecimal("50")));
            log.publish(new AnnualTargetSetEvent(w.indirectGoal(), 2022, new BigDecimal("50")));
            log.publish(new ProgressReportedEvent(w.indirectGoal(), "salud-2021", LocalDate.of(2021, 12, 31), new BigDecimal("25"),
                    null, null, null));
            log.publish(new ProgressReportedEvent(w.indirectGoal(), "salud-2022-06-30", LocalDate.of(2022, 6, 30), new BigDecimal("40"),
                    null, null, null));

            String training = "capacitacion-" + s;
            log.publish(new ActivityRecordedEvent(training, w.planId(), stac, "Capacitación y asistencia técnica a líderes comunales",
                    null, LocalDate.of(2022, 1, 15), null, List.of(w.pactId()), false, List.of(w.directGoal()),
                    List.of(new Beneficiaries("líderes y lideresas comunales", 23_800)), List.of("76001", "76111"),
                    List.of("legislación comunal", "CONPES 3955")));
            log.publish(new InvestmentCommittedEvent("inversion-" + training, w.planId(), stac, 708_400_000L, 2022,
                    LocalDate.of(2022, 1, 15), training, null, List.of(), List.of(), false, null));
            log.publish(new InvestmentExecutedEvent("inversion-" + training, "pago-1", LocalDate.of(2022, 5, 1), 354_200_000L));

            log.publish(new ProgrammeDeclaredEvent("valleinn-" + s, "ValleINN", sdec));
            call(log, w, s, sdec, "municipios", "ValleINN Municipios y Nuevos Municipios", 9_000_000_000L, 1_515, 5_846, List.of("76109"));
            call(log, w, s, sdec, "comunas", "ValleINN comunas y corregimientos", 11_224_170_162L, 1_360, 5_540, List.of("76001"));

            // recorded after 1 July 2022: the first module of the platform (0.1 of 0.25)
            log.publish(new ProgressReportedEvent(w.directGoal(), "avance-2022-06-30-b", LocalDate.of(2022, 6, 30),
                    new BigDecimal("0.1"), null, "avance-2022-06-30", "primer módulo entregado"), Instant.now());
        }
        return w;
    }

    private static void call(Publisher log, SeedWorld w, String s, String sdec, String name, String title, long amount, long ventures,
                             long jobs, List<String> municipalities) {
        String callId = "valleinn-" + name + "-" + s;
        log.publish(new CallOpenedEvent(callId, "valleinn-" + s, title, null, 2022, municipalities));
        log.publish(new CallResultReportedEvent(callId, "resultado-2022", LocalDate.of(2022, 6, 1), ventures, jobs));
        log.publish(new InvestmentCommittedEvent("inversion-" + callId, w.planId(), sdec, amount, 2022, LocalDate.of(2022, 3, 1), null,
                callId, List.of(), List.of(), true, null));
    }

    /** The relay's record form (EventRecords), with the recorded time chosen by the test. */
    private static final class Publisher implements AutoCloseable {

        private final KafkaProducer<String, byte[]> producer;

        Publisher(String bootstrapServers) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG,
                    "all"), new StringSerializer(), new ByteArraySerializer());
        }

        void publish(PactosEvent event) {
            publish(event, RECORDED);
        }

        void publish(PactosEvent event, Instant recordedAt) {
            EventTypes.Descriptor type = EventTypes.of(event.getClass());
            String topic = event.getClass().getPackageName().endsWith(".investments") ? Topics.INVESTMENTS : Topics.GOALS;
            CloudEventAttributes attributes = new CloudEventAttributes(UUID.randomUUID().toString(), "/pactos/test", type.name(),
                    recordedAt, event.aggregateId(), type.revision(), 0, event.validTime().toString(), "SDSP", "test", "TEST");
            try {
                producer.send(EventRecords.of(topic, event, attributes)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused the record", e);
            }
        }

        @Override
        public void close() {
            producer.close();
        }
    }
}
