package co.pactos.reporting.report;

import co.pactos.events.goals.Beneficiaries;
import co.pactos.kit.municipality.Municipalities;
import co.pactos.reporting.report.ActivityReader.ActivityRow;
import co.pactos.reporting.report.MoneyReader.CallRow;
import co.pactos.reporting.report.PactReport.ActivityLine;
import co.pactos.reporting.report.PactReport.CallLine;
import co.pactos.reporting.report.PactReport.Coverage;
import co.pactos.reporting.report.PactReport.InvestmentLine;
import co.pactos.reporting.report.PactReport.ProgrammeLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Groups activities, investments and calls by secretariat: an activity's money is what its
 * investments commit and execute; a call's money is what the investments for it commit and
 * execute, and its ventures and jobs are its results.
 */
final class SectionAssembler {

    /** What one secretariat did, in one part of the report. */
    record SecretariatWork(String dependency, String name, List<ActivityLine> activities, List<ProgrammeLine> programmes,
                 List<InvestmentLine> investments) {

        long committed() {
            return investments.stream().mapToLong(InvestmentLine::committed).sum();
        }

        long executed() {
            return investments.stream().mapToLong(InvestmentLine::executed).sum();
        }

        long ventures() {
            return calls().mapToLong(CallLine::ventures).sum();
        }

        long jobs() {
            return calls().mapToLong(CallLine::jobs).sum();
        }

        private Stream<CallLine> calls() {
            return programmes.stream().flatMap(p -> p.calls().stream());
        }

        /** People reached, added up by group over the activities. */
        List<Beneficiaries> beneficiaries() {
            Map<String, Long> byGroup = new LinkedHashMap<>();
            activities.forEach(a -> a.beneficiaries().forEach(b -> byGroup.merge(b.group(), b.count(), Long::sum)));
            return byGroup.entrySet().stream().map(e -> new Beneficiaries(e.getKey(), e.getValue())).toList();
        }

        List<String> municipalities() {
            return List.copyOf(activities.stream().flatMap(a -> a.municipalities().stream())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private final Dependencies dependencies;
    private final Municipalities municipalities;

    SectionAssembler(Dependencies dependencies, Municipalities municipalities) {
        this.dependencies = dependencies;
        this.municipalities = municipalities;
    }

    /** Groups by secretariat, in the order of {@code first} and then by name; linear in the rows given. */
    List<SecretariatWork> group(List<ActivityRow> activities, List<InvestmentLine> investments, Map<String, CallRow> calls,
                      List<String> first) {
        Map<String, List<ActivityRow>> activitiesBy = activities.stream()
                .collect(Collectors.groupingBy(a -> dependencies.root(a.dependency()), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<InvestmentLine>> investmentsBy = investments.stream()
                .collect(Collectors.groupingBy(i -> dependencies.root(i.dependency()), LinkedHashMap::new, Collectors.toList()));
        List<String> roots = new ArrayList<>(first);
        Stream.concat(activitiesBy.keySet().stream(), investmentsBy.keySet().stream()).distinct()
                .filter(code -> !roots.contains(code)).sorted(Comparator.comparing(dependencies::name)).forEach(roots::add);

        List<SecretariatWork> groups = new ArrayList<>();
        for (String root : roots) {
            List<InvestmentLine> money = investmentsBy.getOrDefault(root, List.of());
            Map<String, long[]> byActivity = sums(money, InvestmentLine::activityId);
            List<ActivityLine> lines = activitiesBy.getOrDefault(root, List.of()).stream()
                    .map(a -> activityLine(a, byActivity.getOrDefault(a.activityId(), NOTHING))).toList();
            groups.add(new SecretariatWork(root, dependencies.name(root), lines, programmes(money, calls), money));
        }
        return groups;
    }

    private static final long[] NOTHING = new long[2];

    /** Committed and executed money added up by a key of the investment (those without one left out). */
    private static Map<String, long[]> sums(List<InvestmentLine> money, Function<InvestmentLine, String> key) {
        Map<String, long[]> sums = new HashMap<>();
        for (InvestmentLine line : money) {
            String k = key.apply(line);
            if (k != null) {
                long[] sum = sums.computeIfAbsent(k, x -> new long[2]);
                sum[0] += line.committed();
                sum[1] += line.executed();
            }
        }
        return sums;
    }

    private ActivityLine activityLine(ActivityRow a, long[] money) {
        return new ActivityLine(a.activityId(), a.dependency(), dependencies.name(a.dependency()), a.title(), a.description(),
                a.startDate(), a.endDate(), a.beneficiaries(), a.municipalities(), coverage(a.municipalities()), a.topics(),
                money[0], money[1]);
    }

    private static List<ProgrammeLine> programmes(List<InvestmentLine> money, Map<String, CallRow> calls) {
        Map<String, long[]> byCall = sums(money, InvestmentLine::callId);
        Map<String, List<CallLine>> byProgramme = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        money.stream().map(InvestmentLine::callId).filter(Objects::nonNull).distinct()
                .map(calls::get).filter(Objects::nonNull)
                .forEach(call -> {
                    long[] sum = byCall.get(call.callId());
                    names.put(call.programmeId(), call.programmeName());
                    byProgramme.computeIfAbsent(call.programmeId(), p -> new ArrayList<>()).add(new CallLine(call.callId(),
                            call.name(), call.description(), call.fiscalYear(), call.municipalities(), sum[0], sum[1],
                            call.ventures(), call.jobs()));
                });
        return byProgramme.entrySet().stream()
                .map(e -> new ProgrammeLine(e.getKey(), names.get(e.getKey()), e.getValue().size(), List.copyOf(e.getValue()))).toList();
    }

    Coverage coverage(List<String> codes) {
        int districts = (int) codes.stream()
                .filter(code -> municipalities.find(code).map(m -> m.kind() == Municipalities.Kind.DISTRICT).orElse(false))
                .count();
        return new Coverage(codes.size() - districts, districts);
    }
}
