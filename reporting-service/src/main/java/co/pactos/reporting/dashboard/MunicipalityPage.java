package co.pactos.reporting.dashboard;

import co.pactos.kit.municipality.Municipalities;
import co.pactos.reporting.document.SpanishFormat;
import co.pactos.reporting.report.FinancialExecution;
import co.pactos.reporting.report.PactReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipalities page: for each municipality and district of the department, how many of the plan's activities and
 * calls reached it and what can be attributed to it alone (beneficiaries, ventures, jobs, money), as a table and as a
 * schematic tile map; what reached several municipalities at once is one line of its own, never split.
 */
record MunicipalityPage(String planId, String planName, PageFrame frame, List<Row> rows, Row several, Row total, MunicipalityMap map,
                        boolean mapComplete, List<PlanCatalog.PlanRef> plans, String planUrl) {

    record Row(String code, String name, String kind, String activities, String beneficiaries, String calls, String ventures,
               String jobs, String committed, String executed, String financialExecution) {
    }

    static MunicipalityPage of(PlanCatalog.PlanRef plan, List<PlanCatalog.PlanRef> plans, Municipalities municipalities,
                               Map<String, MunicipalityReachQuery.Reach> reach, PageQuery query, PactReport.Freshness freshness,
                               Semaforo semaforo) {
        Map<String, MunicipalityReachQuery.Reach> byCode = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        MunicipalityReachQuery.Reach none = new MunicipalityReachQuery.Reach();
        boolean mapComplete = true;
        for (Municipalities.Municipality m : municipalities.all()) {
            MunicipalityReachQuery.Reach r = reach.getOrDefault(m.code(), none);
            byCode.put(m.code(), r);
            rows.add(row(m.code(), m.name(), m.kind() == Municipalities.Kind.DISTRICT ? "Distrito" : "Municipio", r));
            mapComplete &= MunicipalityMap.drawn(m.code());
        }
        MunicipalityReachQuery.Reach several = reach.getOrDefault(MunicipalityReachQuery.SEVERAL, none);
        MunicipalityReachQuery.Reach total = new MunicipalityReachQuery.Reach();
        for (MunicipalityReachQuery.Reach r : byCode.values()) {
            total.beneficiaries += r.beneficiaries;
            total.ventures += r.ventures;
            total.jobs += r.jobs;
            total.committed += r.committed;
            total.executed += r.executed;
        }
        total.beneficiaries += several.beneficiaries;
        total.ventures += several.ventures;
        total.jobs += several.jobs;
        total.committed += several.committed;
        total.executed += several.executed;
        Row totalRow = row("", "Total", "", "", number(total.beneficiaries), "", number(total.ventures), number(total.jobs), total);
        return new MunicipalityPage(plan.planId(), plan.name(), PageFrame.of(query, plan.startDate(), plan.endDate(), freshness, semaforo),
                rows, row("", "Varios municipios a la vez (no atribuible a uno)", "", several), totalRow,
                MunicipalityMap.of(byCode, r -> r.activities, "actividades"), mapComplete, plans,
                "/?planId=" + plan.planId() + "&" + query.parameters());
    }

    private static Row row(String code, String name, String kind, MunicipalityReachQuery.Reach r) {
        return row(code, name, kind, number(r.activities), number(r.beneficiaries), number(r.calls), number(r.ventures), number(r.jobs), r);
    }

    private static Row row(String code, String name, String kind, String activities, String beneficiaries, String calls, String ventures,
                           String jobs, MunicipalityReachQuery.Reach r) {
        return new Row(code, name, kind, activities, beneficiaries, calls, ventures, jobs, SpanishFormat.money(r.committed),
                SpanishFormat.money(r.executed), PageFormat.percent(FinancialExecution.of(r.executed, r.committed)));
    }

    private static String number(long value) {
        return SpanishFormat.number(value);
    }
}
