package co.pactos.events;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each event's JSON form is pinned by a checked-in file: a change to a record that changes its JSON
 * fails here, and must come with a new revision (and an upcaster for the old one).
 */
class EventJsonGoldenTest {

    static Stream<PactosEvent> samples() {
        return Stream.of(
                new PlanDeclaredEvent("valle-2020-2023", "Valle Invencible", "76",
                        LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)),
                new DependencyRegisteredEvent("STAC", "Subdirección Técnica de Acción Comunal", "SDSP"),
                new PactDeclaredEvent("accion-comunal", "valle-2020-2023",
                        "Pacto Vallecaucano hacia la Política Pública de los Organismos de Acción Comunal", null),
                new GoalDeclaredEvent("mp-sigesi", "valle-2020-2023", "MP-1.2.3",
                        "Construir 1 plataforma dentro del Sistema de Gestión Social Integral SIGESI",
                        "Plataforma construida", "número", GoalKind.PRODUCT, Accumulation.ACCUMULATED,
                        new BigDecimal("0"), new BigDecimal("1"), "SDSP"),
                new GoalLinkedToPactEvent("mp-sigesi", "accion-comunal", LinkType.DIRECT),
                new AnnualTargetSetEvent("mp-sigesi", 2022, new BigDecimal("0.5")),
                new ProgressReportedEvent("mp-sigesi", "r-2022-06", LocalDate.of(2022, 6, 30),
                        new BigDecimal("0.25"), "first half", "r-2022-05", "typo in the value"),
                new InvestmentCommittedEvent("inv-formulacion", "valle-2020-2023", "SDSP", 150_000_000L, 2021,
                        LocalDate.of(2021, 3, 1), "act-formulacion", null, List.of("mp-sigesi"),
                        List.of("accion-comunal"), false, "recursos propios"),
                new ActivityRecordedEvent("act-capacitacion", "valle-2020-2023", "STAC", "Capacitación y asistencia técnica",
                        "A líderes y lideresas comunales", LocalDate.of(2020, 3, 1), null, List.of("accion-comunal"), false,
                        List.of(), List.of(new Beneficiaries("líderes y lideresas comunales", 23_800)),
                        List.of("76001", "76109"), List.of("legislación comunal", "CONPES 3955")),
                new InvestmentExecutedEvent("inv-formulacion", "ex-1", LocalDate.of(2021, 9, 30), 100_000_000L),
                new InvestmentAdjustedEvent("inv-formulacion", "adj-1", LocalDate.of(2021, 10, 15), -20_000_000L,
                        "contract closed below budget"),
                new ProgrammeDeclaredEvent("valleinn", "ValleINN", "SDE"),
                new CallOpenedEvent("valleinn-municipios-2022", "valleinn", "ValleINN Municipios y Nuevos Municipios",
                        "Emprendedores y empresarios de 14 municipios", 2022, List.of("76020", "76036")),
                new CallResultReportedEvent("valleinn-municipios-2022", "res-2022", LocalDate.of(2022, 12, 31), 1_515, 5_846),
                new GoalAmendedEvent("mp-sigesi", "am-1", "indicator reworded by ordinance", "Ordenanza 575 del 15 de junio de 2022",
                        null, "Plataforma construida y en operación", null, null, new BigDecimal("2"), "STAC"),
                new AnnualTargetRevisedEvent("mp-sigesi", 2022, "rev-1", new BigDecimal("0.75"), "action plan 2022 adjusted",
                        "Decreto 1-3-0890 de 2022"),
                new GoalLinkChangedEvent("mp-sigesi", "accion-comunal", "ch-1", null, "the goal serves another pact", null),
                new ActivityCorrectedEvent("act-capacitacion", "cor-1", "beneficiaries were double counted", null, null,
                        LocalDate.of(2020, 3, 1), null, List.of(new Beneficiaries("líderes y lideresas comunales", 21_300)),
                        null, null),
                new PeriodClosedEvent("valle-2020-2023", "2022-06-30", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30),
                        "first-half report published"),
                new PeriodReopenedEvent("valle-2020-2023", "2022-06-30", "reopen-1", LocalDate.of(2020, 1, 1),
                        LocalDate.of(2022, 6, 30), "SIGESI report of May arrived late", Instant.parse("2022-07-20T05:00:00Z")));
    }

    @Test
    void every_event_type_has_a_golden_sample() {
        assertThat(samples().map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(EventTypes.all().stream().map(EventTypes.Descriptor::type).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writes_the_golden_json(PactosEvent sample) throws IOException {
        JsonNode written = EventJson.mapper().readTree(EventJson.toBytes(sample));

        assertThat(written).isEqualTo(EventJson.mapper().readTree(golden(sample)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void reads_the_golden_json_back_into_the_same_record(PactosEvent sample) throws IOException {
        String type = EventTypes.of(sample.getClass()).name();

        assertThat(EventJson.read(type, golden(sample))).contains(sample);
    }

    @Test
    void ignores_fields_it_does_not_know() {
        byte[] json = """
                {"goalId":"g","pactId":"p","link":"DIRECT","addedInALaterRevision":true}
                """.getBytes();

        assertThat(EventJson.fromBytes(json, GoalLinkedToPactEvent.class))
                .isEqualTo(new GoalLinkedToPactEvent("g", "p", LinkType.DIRECT));
    }

    @Test
    void an_unknown_type_reads_as_empty() {
        assertThat(EventJson.read("co.pactos.Unknown", "{}".getBytes())).isEmpty();
    }

    private static byte[] golden(PactosEvent sample) throws IOException {
        EventTypes.Descriptor descriptor = EventTypes.of(sample.getClass());
        String file = "/golden/" + sample.getClass().getSimpleName() + ".v" + descriptor.revision() + ".json";
        try (InputStream in = EventJsonGoldenTest.class.getResourceAsStream(file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return in.readAllBytes();
        }
    }
}
