package co.pactos.reporting.report.diff;

import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReport.ActivityLine;
import co.pactos.reporting.report.PactReport.CallLine;
import co.pactos.reporting.report.PactReport.GoalGroup;
import co.pactos.reporting.report.PactReport.GoalLine;
import co.pactos.reporting.report.PactReport.InvestmentLine;
import co.pactos.reporting.report.PactReport.ProgrammeLine;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A report as a flat list of figures, each under a path, with what it is about and the subjects whose events can change it
 * ({@code goal:<id>}, {@code activity:<id>}, {@code investment:<id>}, {@code call:<id>}): what two reports are compared on.
 */
final class ReportFigures {

    /**
     * A number or a text, the subjects whose events move it, and the types of those events that can (empty: any type of
     * event on them: the means of a group, a section's money).
     */
    record Figure(String about, BigDecimal number, String text, Set<String> subjects, Set<String> types) {
    }

    // what can move each figure of a goal: its wording and dependency only a declaration or an amendment, its target also
    // the year's targets, what it achieved the progress reports and its declaration or amendments (a STOCK or REDUCTION
    // goal with no report yet stands at its baseline), its progress any of them
    private static final Set<String> WORDING = types(GoalDeclaredEvent.class, GoalAmendedEvent.class);
    private static final Set<String> LINK = types(GoalLinkedToPactEvent.class, GoalLinkChangedEvent.class);
    private static final Set<String> TARGET = types(GoalDeclaredEvent.class, GoalAmendedEvent.class, AnnualTargetSetEvent.class,
            AnnualTargetRevisedEvent.class);
    private static final Set<String> ACHIEVED = types(GoalDeclaredEvent.class, GoalAmendedEvent.class, ProgressReportedEvent.class);
    private static final Set<String> PROGRESS = types(GoalDeclaredEvent.class, GoalAmendedEvent.class, AnnualTargetSetEvent.class,
            AnnualTargetRevisedEvent.class, ProgressReportedEvent.class);
    private static final Set<String> ANY = Set.of();

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    private ReportFigures() {
    }

    Map<String, Figure> figures() {
        return figures;
    }

    static ReportFigures of(PactReport report) {
        ReportFigures f = new ReportFigures();
        Set<String> allGoals = subjects("goal:", report.goals().stream().map(GoalLine::goalId));
        f.group("directGoals", report.directGoals(), allGoals);
        f.group("indirectGoals", report.indirectGoals(), allGoals);
        report.timeline().forEach(p -> {
            f.group("timeline/" + p.period() + "/directGoals", p.directGoals(), allGoals);
            f.group("timeline/" + p.period() + "/indirectGoals", p.indirectGoals(), allGoals);
        });
        GoalMoney goalMoney = new GoalMoney(report);
        for (GoalLine g : report.goals()) {
            String path = "goals/" + g.goalId();
            String about = g.code() + " " + g.statement();
            Set<String> goal = Set.of("goal:" + g.goalId());
            f.text(path + "/link", about, g.link(), goal, LINK);
            f.text(path + "/statement", about, g.statement(), goal, WORDING);
            f.text(path + "/dependency", about, g.dependency(), goal, WORDING);
            f.number(path + "/target", about, g.target(), goal, TARGET);
            f.number(path + "/achieved", about, g.achieved(), goal, ACHIEVED);
            f.number(path + "/progress", about, g.progress(), goal, PROGRESS);
            f.number(path + "/rawProgress", about, g.rawProgress(), goal, PROGRESS);
            Set<String> money = goalMoney.of(g.goalId());
            f.number(path + "/committed", about, BigDecimal.valueOf(g.committed()), money);
            f.number(path + "/executed", about, BigDecimal.valueOf(g.executed()), money);
        }
        Set<String> allMoney = new LinkedHashSet<>();
        for (PactReport.DependencySection d : report.dependencies()) {
            String path = "dependencies/" + d.dependency();
            Set<String> work = work(d.activities(), d.investments(), d.programmes());
            allMoney.addAll(work);
            Set<String> activities = subjects("activity:", d.activities().stream().map(ActivityLine::activityId));
            f.number(path + "/directGoals", d.name(), BigDecimal.valueOf(d.directGoals()), allGoals);
            f.number(path + "/indirectGoals", d.name(), BigDecimal.valueOf(d.indirectGoals()), allGoals);
            f.number(path + "/activityCount", d.name(), BigDecimal.valueOf(d.activityCount()), activities);
            f.number(path + "/investmentCount", d.name(), BigDecimal.valueOf(d.investmentCount()), work);
            f.number(path + "/committed", d.name(), BigDecimal.valueOf(d.committed()), work);
            f.number(path + "/executed", d.name(), BigDecimal.valueOf(d.executed()), work);
            f.number(path + "/municipalities", d.name(), BigDecimal.valueOf(d.municipalities().size()), activities);
            for (Beneficiaries b : d.beneficiaries()) {
                f.number(path + "/beneficiaries/" + b.group(), d.name(), BigDecimal.valueOf(b.count()), activities);
            }
            d.activities().forEach(a -> f.activity(a));
        }
        for (PactReport.AllPactsSection s : report.allPacts()) {
            String path = "allPacts/" + s.dependency();
            Set<String> work = work(s.activities(), s.investments(), s.programmes());
            allMoney.addAll(work);
            f.number(path + "/activityCount", s.name(), BigDecimal.valueOf(s.activityCount()), work);
            f.number(path + "/investmentCount", s.name(), BigDecimal.valueOf(s.investmentCount()), work);
            f.number(path + "/committed", s.name(), BigDecimal.valueOf(s.committed()), work);
            f.number(path + "/executed", s.name(), BigDecimal.valueOf(s.executed()), work);
            f.number(path + "/ventures", s.name(), BigDecimal.valueOf(s.ventures()), work);
            f.number(path + "/jobs", s.name(), BigDecimal.valueOf(s.jobs()), work);
            s.activities().forEach(a -> f.activity(a));
        }
        PactReport.Totals t = report.totals();
        f.number("totals/committed", null, BigDecimal.valueOf(t.committed()), allMoney);
        f.number("totals/executed", null, BigDecimal.valueOf(t.executed()), allMoney);
        f.number("totals/ventures", null, BigDecimal.valueOf(t.ventures()), allMoney);
        f.number("totals/jobs", null, BigDecimal.valueOf(t.jobs()), allMoney);
        return f;
    }

    private void activity(ActivityLine a) {
        String path = "activities/" + a.activityId();
        Set<String> activity = Set.of("activity:" + a.activityId());
        text(path + "/title", a.title(), a.title(), activity, ANY);
        text(path + "/startDate", a.title(), String.valueOf(a.startDate()), activity, ANY);
        text(path + "/endDate", a.title(), a.endDate() == null ? null : a.endDate().toString(), activity, ANY);
        number(path + "/municipalities", a.title(), BigDecimal.valueOf(a.municipalities().size()), activity);
        for (Beneficiaries b : a.beneficiaries()) {
            number(path + "/beneficiaries/" + b.group(), a.title(), BigDecimal.valueOf(b.count()), activity);
        }
    }

    private void group(String path, GoalGroup group, Set<String> subjects) {
        number(path + "/count", null, BigDecimal.valueOf(group.count()), subjects);
        number(path + "/meanProgress", null, group.meanProgress(), subjects);
    }

    private void number(String path, String about, BigDecimal value, Set<String> subjects) {
        number(path, about, value, subjects, ANY);
    }

    private void number(String path, String about, BigDecimal value, Set<String> subjects, Set<String> types) {
        figures.put(path, new Figure(about, value, null, subjects, types));
    }

    private void text(String path, String about, String value, Set<String> subjects, Set<String> types) {
        figures.put(path, new Figure(about, null, value, subjects, types));
    }

    @SafeVarargs
    private static Set<String> types(Class<? extends PactosEvent>... events) {
        return Stream.of(events).map(e -> EventTypes.of(e).name()).collect(Collectors.toUnmodifiableSet());
    }

    /** The investments (and their activities and calls) of a section. */
    private static Set<String> work(List<ActivityLine> activities, List<InvestmentLine> investments, List<ProgrammeLine> programmes) {
        Set<String> work = new LinkedHashSet<>(subjects("activity:", activities.stream().map(ActivityLine::activityId)));
        work.addAll(subjects("investment:", investments.stream().map(InvestmentLine::investmentId)));
        work.addAll(subjects("call:", programmes.stream().flatMap(p -> p.calls().stream()).map(CallLine::callId)));
        return work;
    }

    /**
     * The investments of the pact's own sections that can reach each goal: those that name it, and those made for an activity
     * (an activity's goals are not part of the report, so every such investment may be one for the goal). The latter are
     * one set shared by every goal's figures (a pact of 500 goals and tens of thousands of investments would otherwise hold
     * a copy per goal).
     */
    private static final class GoalMoney {

        private final Set<String> forActivities = new LinkedHashSet<>();
        private final Map<String, Set<String>> namingGoal = new java.util.HashMap<>();

        GoalMoney(PactReport report) {
            report.dependencies().stream().flatMap(d -> d.investments().stream()).forEach(i -> {
                String subject = "investment:" + i.investmentId();
                if (i.activityId() != null) {
                    forActivities.add(subject);
                }
                i.goals().forEach(goal -> namingGoal.computeIfAbsent(goal, g -> new LinkedHashSet<>()).add(subject));
            });
        }

        /** The goal itself and its money, as one read-only set. */
        Set<String> of(String goalId) {
            Set<String> own = new LinkedHashSet<>();
            own.add("goal:" + goalId);
            own.addAll(namingGoal.getOrDefault(goalId, Set.of()));
            return new Union(own, forActivities);
        }
    }

    /** Two sets read as one, without copying either. */
    private static final class Union extends java.util.AbstractSet<String> {

        private final Set<String> first;
        private final Set<String> second;

        Union(Set<String> first, Set<String> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public boolean contains(Object o) {
            return first.contains(o) || second.contains(o);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return Stream.concat(first.stream(), second.stream().filter(s -> !first.contains(s))).iterator();
        }

        @Override
        public int size() {
            return first.size() + (int) second.stream().filter(s -> !first.contains(s)).count();
        }
    }

    private static Set<String> subjects(String prefix, Stream<String> ids) {
        Set<String> subjects = new LinkedHashSet<>();
        ids.forEach(id -> subjects.add(prefix + id));
        return subjects;
    }
}
