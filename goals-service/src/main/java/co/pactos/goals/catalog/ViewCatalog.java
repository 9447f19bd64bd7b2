package co.pactos.goals.catalog;

import co.pactos.goals.view.Paths;
import co.pactos.kit.web.ResourceViews;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The catalog read from the resource views, which are written in the same transaction as the events. */
@Component
public class ViewCatalog implements Catalog {

    /** The plans that have closures: each has its view at {@link Paths#closures}. */
    private static final Pattern CLOSURES_PATH = Pattern.compile("^/api/plans/([^/]+)/closures$");

    private final ResourceViews views;
    private final JdbcClient jdbc;

    public ViewCatalog(ResourceViews views, JdbcClient jdbc) {
        this.views = views;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PlanPeriod> plan(String planId) {
        return views.find(Paths.plan(planId)).map(plan -> new PlanPeriod(
                LocalDate.parse(plan.get("startDate").asString()), LocalDate.parse(plan.get("endDate").asString())));
    }

    @Override
    public Optional<String> planOfPact(String pactId) {
        return views.find(Paths.pact(pactId)).map(pact -> pact.get("planId").asString());
    }

    @Override
    public Optional<String> planOfGoal(String goalId) {
        return views.find(Paths.goal(goalId)).map(goal -> goal.get("planId").asString());
    }

    @Override
    public boolean dependencyExists(String code) {
        return views.find(Paths.dependency(code)).isPresent();
    }

    @Override
    public Optional<ClosedPeriod> closedPeriod(String planId, LocalDate from, LocalDate to, Instant at) {
        Optional<JsonNode> all = views.find(Paths.closures(planId));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode closure : all.get().get("closures")) {
            ClosedPeriod closed = new ClosedPeriod(planId, closure.get("period").asString(),
                    LocalDate.parse(closure.get("from").asString()), LocalDate.parse(closure.get("to").asString()),
                    Instant.parse(closure.get("closedAt").asString()), who(closure.get("closedBy")));
            if (closedAt(closure.get("reopening"), at) && closed.overlaps(from, to)) {
                return Optional.of(closed);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<ClosedPeriod> closedPeriodOfAnyPlan(LocalDate from, LocalDate to, Instant at) {
        // read only for activities of revision 1, so one scan of the views' paths is affordable
        List<String> paths = jdbc.sql("select path from resource_view where path ~ :pattern order by path")
                .param("pattern", CLOSURES_PATH.pattern())
                .query(String.class)
                .list();
        for (String path : paths) {
            Matcher plan = CLOSURES_PATH.matcher(path);
            if (plan.matches()) {
                Optional<ClosedPeriod> closed = closedPeriod(plan.group(1), from, to, at);
                if (closed.isPresent()) {
                    return closed;
                }
            }
        }
        return Optional.empty();
    }

    /** Closed unless a reopening holds at {@code at}: none, or one whose deadline has not come. */
    private static boolean closedAt(JsonNode reopening, Instant at) {
        if (reopening == null || reopening.isNull()) {
            return true;
        }
        JsonNode until = reopening.get("until");
        return until != null && !until.isNull() && !at.isBefore(Instant.parse(until.asString()));
    }

    private static String who(JsonNode actor) {
        String client = text(actor, "client");
        String user = text(actor, "user");
        String who = client == null ? (user == null ? "an unknown caller" : user) : client;
        return user != null && !user.equals(client) ? who + " (user " + user + ")" : who;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
