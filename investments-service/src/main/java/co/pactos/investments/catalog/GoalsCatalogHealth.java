package co.pactos.investments.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's standing as a health component: UP while its consumer reads, with the lag, the delay and the parked
 * events as details (shown to operators, oversight and Planeación: {@code management.endpoint.health.roles}).
 * It never takes the service DOWN: a catalog behind the log only makes new references wait (422 with Retry-After).
 */
@Component("goalsCatalog")
public class GoalsCatalogHealth implements HealthIndicator {

    private final CatalogStatus status;
    private final JdbcClient jdbc;

    public GoalsCatalogHealth(CatalogStatus status, JdbcClient jdbc) {
        this.status = status;
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lag", status.totalLag());
        details.put("lagByPartition", status.lagByPartition());
        details.put("delayP50Millis", status.delayPercentile(0.5));
        details.put("delayP99Millis", status.delayPercentile(0.99));
        details.put("applied", status.applied());
        details.put("lastAppliedAt", String.valueOf(status.lastAppliedAt()));
        details.put("parked", jdbc.sql("select count(*) from goals_catalog_parked").query(Long.class).single());
        if (status.lastFailure() != null) {
            details.put("lastFailure", status.lastFailure());
        }
        return Health.up().withDetails(details).build();
    }
}
