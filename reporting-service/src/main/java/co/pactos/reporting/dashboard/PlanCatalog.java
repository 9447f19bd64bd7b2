package co.pactos.reporting.dashboard;

import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.projection.PactProgressFacts;
import co.pactos.reporting.projection.ProjectionReads;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plans the live projection knows (as of an instant), for the plan selector and the years of the period selector. */
@Component
public class PlanCatalog {

    public record PlanRef(String planId, String name, LocalDate startDate, LocalDate endDate) {
    }

    private final JdbcClient jdbc;
    private final ProjectionReads reads;

    public PlanCatalog(JdbcClient jdbc, ProjectionReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** Every plan, by name; the first is the one the plan page shows when none is asked for. */
    public List<PlanRef> plans(Instant asOf) {
        return reads.live(PactProgressFacts.NAME, asOf, known -> jdbc.sql("""
                        select distinct on (name, plan_id) plan_id, name, start_date, end_date
                        from known_plan order by name, plan_id, recorded_at desc""")
                .query((rs, i) -> new PlanRef(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list());
    }

    /** The plan asked for, or the first when {@code planId} is null; 404 when there is none. */
    public static PlanRef choose(List<PlanRef> plans, String planId) {
        return plans.stream().filter(p -> planId == null || p.planId().equals(planId)).findFirst()
                .orElseThrow(() -> new ResourceNotFound(planId == null ? "/ (no plan has been recorded)" : "/?planId=" + planId));
    }
}
