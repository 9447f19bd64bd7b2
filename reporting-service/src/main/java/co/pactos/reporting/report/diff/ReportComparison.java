package co.pactos.reporting.report.diff;

import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.diff.ReportDiff.FigureChange;
import co.pactos.reporting.report.diff.ReportFigures.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every figure that differs between two reports of the same pact and period ({@link ReportFigures}): what the diff
 * between two instants and the replay of an exported log both compare reports with.
 */
public final class ReportComparison {

    /**
     * A figure that differs, with the subjects whose events can move it ({@code goal:<id>}, {@code activity:<id>} ...) and
     * the types of those events that can (empty: any).
     * Numbers in {@code from}/{@code to}, texts in {@code fromText}/{@code toText}; null where a report has no such figure.
     */
    public record Difference(String figure, String about, BigDecimal from, BigDecimal to, String fromText, String toText,
                             Set<String> subjects, Set<String> types) {

        /** Whether {@code event} is one that can move this figure: on one of its subjects, of a type that moves it. */
        public boolean movedBy(ReportDiff.ExplainingEvent event) {
            return subjects.contains(event.subject()) && (types.isEmpty() || types.contains(event.type()));
        }

        /** The difference as a report diff tells it, with the ids of the events that explain it. */
        public FigureChange explainedBy(List<String> eventIds) {
            return new FigureChange(figure, about, from, to, fromText, toText, eventIds);
        }
    }

    private ReportComparison() {
    }

    /** @param before null when there was no report (the pact did not exist yet): every figure of {@code after} is new */
    public static List<Difference> between(PactReport before, PactReport after) {
        Map<String, Figure> was = before == null ? Map.of() : ReportFigures.of(before).figures();
        Map<String, Figure> is = ReportFigures.of(after).figures();
        Map<String, Figure[]> both = new LinkedHashMap<>();
        is.forEach((path, figure) -> both.put(path, new Figure[] {was.get(path), figure}));
        was.forEach((path, figure) -> both.putIfAbsent(path, new Figure[] {figure, null}));
        List<Difference> differences = new ArrayList<>();
        both.forEach((path, pair) -> {
            if (differ(pair[0], pair[1]) && !oneFieldOfAGoalAddedOrRemoved(path, pair)) {
                Figure any = pair[1] != null ? pair[1] : pair[0];
                differences.add(new Difference(path, any.about(), pair[0] == null ? null : pair[0].number(),
                        pair[1] == null ? null : pair[1].number(), pair[0] == null ? null : pair[0].text(),
                        pair[1] == null ? null : pair[1].text(), subjectsOf(pair), any.types()));
            }
        });
        return differences;
    }

    private static Set<String> subjectsOf(Figure[] pair) {
        Set<String> subjects = new LinkedHashSet<>();
        for (Figure figure : pair) {
            if (figure != null) {
                subjects.addAll(figure.subjects());
            }
        }
        return subjects;
    }

    /** A goal added to or removed from the pact is told once, by its link (from none or to none), not field by field. */
    private static boolean oneFieldOfAGoalAddedOrRemoved(String path, Figure[] pair) {
        return (pair[0] == null || pair[1] == null) && path.startsWith("goals/") && !path.endsWith("/link");
    }

    private static boolean differ(Figure a, Figure b) {
        if (a == null || b == null) {
            return true;
        }
        if (!Objects.equals(a.text(), b.text())) {
            return true;
        }
        if (a.number() == null || b.number() == null) {
            return a.number() != b.number();
        }
        return a.number().compareTo(b.number()) != 0;
    }
}
