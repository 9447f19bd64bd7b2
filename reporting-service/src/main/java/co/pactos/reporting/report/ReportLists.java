package co.pactos.reporting.report;

import co.pactos.kit.web.InvalidInput;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.PactReport.ActivityLine;
import co.pactos.reporting.report.PactReport.InvestmentLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The whole lists of activities and investments of a pact's report, page by page: the published report
 * lists only the first lines of each section (so that it stays small however much a pact did), and
 * names these pages for the rest. A page is cut from the same report, at the same state of the
 * projection, so its lines and the report's figures agree.
 */
@Component
public class ReportLists {

    /** Which part of the report a list belongs to: the pact's own sections or the sections for all pacts of the plan. */
    public enum Scope {
        PACT("pact"), ALL_PACTS("all-pacts");

        private final String name;

        Scope(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }

        public static Scope parse(String text) {
            if (text == null || text.isBlank()) {
                return PACT;
            }
            for (Scope scope : values()) {
                if (scope.name.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return scope;
                }
            }
            throw new InvalidInput("scope", "must be pact or all-pacts, was '" + text + "'");
        }
    }

    /** The URLs of a report's paged lists: same pact, period and {@code asOf} as the report. */
    public record Links(String pactId, String period, Instant asOf) {

        public String activities(Scope scope, String dependency) {
            return url("activities", scope, dependency, 0, MAX_LIMIT);
        }

        public String investments(Scope scope, String dependency) {
            return url("investments", scope, dependency, 0, MAX_LIMIT);
        }

        String url(String list, Scope scope, String dependency, int offset, int limit) {
            StringBuilder url = new StringBuilder("/api/reports/pacts/").append(encode(pactId)).append('/').append(list)
                    .append("?period=").append(encode(period)).append("&scope=").append(scope);
            if (dependency != null) {
                url.append("&dependency=").append(encode(dependency));
            }
            if (asOf != null) {
                url.append("&asOf=").append(encode(asOf.toString()));
            }
            return url.append("&offset=").append(offset).append("&limit=").append(limit).toString();
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    /**
     * One page of a list: {@code total} lines in all, {@code items} from {@code offset}; {@code next} is the URL of the
     * following page (null on the last). {@code dependency} null: every section of the scope, in the report's order.
     */
    public record Page<T>(String pactId, String period, Instant asOf, String scope, String dependency, int total, int offset,
                          int limit, List<T> items, String next, PactReport.Freshness freshness) {
    }

    public static final int MAX_LIMIT = 1_000;

    private final PactReportQuery reports;

    public ReportLists(PactReportQuery reports) {
        this.reports = reports;
    }

    public Page<ActivityLine> activities(String pactId, ReportPeriod period, Instant asOf, Scope scope, String dependency,
                                         int offset, int limit) {
        return page("activities", pactId, period, asOf, scope, dependency, offset, limit,
                PactReport.DependencySection::activities, PactReport.AllPactsSection::activities);
    }

    public Page<InvestmentLine> investments(String pactId, ReportPeriod period, Instant asOf, Scope scope, String dependency,
                                            int offset, int limit) {
        return page("investments", pactId, period, asOf, scope, dependency, offset, limit,
                PactReport.DependencySection::investments, PactReport.AllPactsSection::investments);
    }

    private <T> Page<T> page(String list, String pactId, ReportPeriod period, Instant asOf, Scope scope, String dependency,
                             int offset, int limit, Function<PactReport.DependencySection, List<T>> own,
                             Function<PactReport.AllPactsSection, List<T>> shared) {
        if (offset < 0) {
            throw new InvalidInput("offset", "must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        PactReport report = reports.report(pactId, period, asOf);
        Stream<List<T>> sections = scope == Scope.PACT
                ? report.dependencies().stream().filter(d -> dependency == null || d.dependency().equals(dependency)).map(own)
                : report.allPacts().stream().filter(a -> dependency == null || a.dependency().equals(dependency)).map(shared);
        List<T> lines = sections.flatMap(List::stream).toList();
        int from = Math.min(offset, lines.size());
        int to = (int) Math.min((long) from + limit, lines.size());
        String next = to < lines.size() ? new Links(pactId, period.toString(), asOf).url(list, scope, dependency, to, limit) : null;
        return new Page<>(pactId, period.toString(), asOf, scope.toString(), dependency, lines.size(), from, limit,
                List.copyOf(lines.subList(from, to)), next, report.freshness());
    }
}
