package co.pactos.reporting.opendata;

import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.dashboard.DataTable;
import java.util.Arrays;
import java.util.List;

/**
 * The datasets of the open-data catalogue (Ley 1712 de 2014), each with its data dictionary in Spanish: a field's stable
 * snake_case name (the CSV header and the JSON member), its type, what it means and its unit. Names and their meaning
 * do not change once published; a new field is added at the end.
 */
public enum OpenDataset {

    GOAL_PROGRESS("metas-avance", "Avance de las metas por pacto y período",
            "Una fila por meta, pacto y período: cada año del plan y todo el período del plan («plan»), con la meta programada,"
                    + " el logro, el avance físico y el dinero ligado a la meta en el informe del pacto. Una meta que sirve a varios"
                    + " pactos está en una fila por pacto. Las cifras son las del informe del pacto (GET /api/reports/pacts/{pactId}).",
            List.of(
                    text("plan_id", "Identificador del plan de desarrollo."),
                    text("pact_id", "Identificador del pacto."),
                    text("pact_name", "Nombre del pacto."),
                    text("period", "Período: un año (2022) o «plan», todo el período del plan."),
                    text("goal_id", "Identificador de la meta."),
                    text("goal_code", "Código de la meta en el plan."),
                    text("statement", "Enunciado de la meta."),
                    text("link", "Cómo sirve la meta al pacto: DIRECT (directa) o INDIRECT (indirecta)."),
                    text("dependency_code", "Código de la dependencia que coordina la meta."),
                    text("dependency_name", "Nombre de la dependencia que coordina la meta."),
                    text("accumulation", "Tipo de acumulación de la meta: ACCUMULATED (acumulada), FLOW (flujo), STOCK, MAINTENANCE"
                            + " (mantenimiento) o REDUCTION (reducción)."),
                    decimal("target", "Meta programada para el período; vacía cuando no se programó (NP, no es cero).",
                            "unidad del indicador de la meta"),
                    decimal("achieved", "Logro del período según los reportes de avance; vacío cuando no hay reporte.",
                            "unidad del indicador de la meta"),
                    decimal("progress_pct", "Avance físico del período, limitado a 0..100, con un decimal; vacío sin meta programada.",
                            "porcentaje (%)"),
                    decimal("raw_progress_pct", "Avance físico del período sin limitar (puede pasar de 100 o ser negativo).",
                            "porcentaje (%)"),
                    whole("committed_cop", "Dinero comprometido ligado a la meta en el informe del pacto (directamente o por una"
                            + " actividad para la meta).", "pesos colombianos (COP)"),
                    whole("executed_cop", "Dinero ejecutado (obligado) de lo comprometido.", "pesos colombianos (COP)"),
                    decimal("financial_execution_pct", "Ejecución financiera: ejecutado / comprometido; vacía si no hay nada"
                            + " comprometido.", "porcentaje (%)"))),

    ACTIVITIES("actividades", "Actividades de los informes de los pactos",
            "Una fila por actividad de cada sección del informe de cada pacto en el período pedido (por defecto todo el plan):"
                    + " lo que cada secretaría hizo por el pacto (scope «pact») y lo que hizo para todos los pactos del plan (scope"
                    + " «all-pacts», repetido en el informe de cada pacto). Las listas completas, no solo las primeras líneas del"
                    + " informe (GET /api/reports/pacts/{pactId}/activities).",
            List.of(
                    text("plan_id", "Identificador del plan de desarrollo."),
                    text("pact_id", "Identificador del pacto en cuyo informe está la actividad."),
                    text("period", "Período del informe: un año (2022), una fecha de corte (2022-06-30) o «plan»."),
                    text("scope", "Parte del informe: pact (lo hecho por el pacto) o all-pacts (para todos los pactos del plan)."),
                    text("section_dependency_code", "Código de la secretaría de la sección del informe (las subdependencias se"
                            + " suman a su secretaría)."),
                    text("section_dependency_name", "Nombre de la secretaría de la sección."),
                    text("activity_id", "Identificador de la actividad."),
                    text("dependency_code", "Código de la dependencia que hizo la actividad."),
                    text("dependency_name", "Nombre de la dependencia que hizo la actividad."),
                    text("title", "Título de la actividad."),
                    text("description", "Descripción de la actividad; vacía si no la tiene."),
                    new Field("start_date", "fecha (AAAA-MM-DD)", "Fecha de inicio de la actividad.", null),
                    new Field("end_date", "fecha (AAAA-MM-DD)", "Fecha de fin; vacía si sigue en curso.", null),
                    whole("beneficiaries_total", "Total de beneficiarios, sumados todos los grupos.", "personas"),
                    text("beneficiaries", "Beneficiarios por grupo: «grupo: número», separados por «; »."),
                    text("municipality_codes", "Municipios y distritos alcanzados: códigos DIVIPOLA de 5 dígitos (texto, con el cero"
                            + " inicial, p. ej. 05001), separados por «;»."),
                    whole("municipalities", "Cuántos municipios (sin contar distritos) alcanzó la actividad.", "municipios"),
                    whole("districts", "Cuántos distritos alcanzó la actividad.", "distritos"),
                    text("topics", "Temas de la actividad, separados por «; »."),
                    whole("committed_cop", "Dinero comprometido para la actividad en la ventana del informe.", "pesos colombianos (COP)"),
                    whole("executed_cop", "Dinero ejecutado de lo comprometido para la actividad.", "pesos colombianos (COP)"))),

    INVESTMENTS("inversiones", "Inversiones de los informes de los pactos, con su ejecución",
            "Una fila por inversión de cada sección del informe de cada pacto en el período pedido (por defecto todo el plan):"
                    + " lo comprometido (el valor de la inversión más sus ajustes, que pueden ser negativos) y lo ejecutado (la suma"
                    + " de sus ejecuciones), cada ajuste y ejecución con fecha hasta el final del período. Las inversiones para todos"
                    + " los pactos (scope «all-pacts») se repiten en el informe de cada pacto. Las listas completas"
                    + " (GET /api/reports/pacts/{pactId}/investments).",
            List.of(
                    text("plan_id", "Identificador del plan de desarrollo."),
                    text("pact_id", "Identificador del pacto en cuyo informe está la inversión."),
                    text("period", "Período del informe: un año (2022), una fecha de corte (2022-06-30) o «plan»."),
                    text("scope", "Parte del informe: pact (lo hecho por el pacto) o all-pacts (para todos los pactos del plan)."),
                    text("section_dependency_code", "Código de la secretaría de la sección del informe (las subdependencias se"
                            + " suman a su secretaría)."),
                    text("section_dependency_name", "Nombre de la secretaría de la sección."),
                    text("investment_id", "Identificador de la inversión."),
                    text("dependency_code", "Código de la dependencia que comprometió la inversión."),
                    whole("fiscal_year", "Vigencia fiscal de la inversión.", "año"),
                    new Field("date", "fecha (AAAA-MM-DD)", "Fecha del compromiso.", null),
                    text("activity_id", "Actividad para la que se comprometió; vacía si no tiene."),
                    text("call_id", "Convocatoria para la que se comprometió; vacía si no tiene."),
                    text("funding_source", "Fuente de financiación; vacía si no se registró."),
                    text("goal_ids", "Metas para las que se comprometió directamente, separadas por «;»."),
                    whole("committed_cop", "Comprometido: valor de la inversión más sus ajustes hasta el final del período.",
                            "pesos colombianos (COP)"),
                    whole("executed_cop", "Ejecutado: suma de las ejecuciones hasta el final del período.", "pesos colombianos (COP)"),
                    decimal("financial_execution_pct", "Ejecución financiera: ejecutado / comprometido; vacía si no hay nada"
                            + " comprometido.", "porcentaje (%)"))),

    CALLS("convocatorias", "Convocatorias de los programas, con sus resultados",
            "Una fila por convocatoria de cada sección del informe de cada pacto en el período pedido (por defecto todo el plan),"
                    + " con los emprendimientos y empleos de sus resultados y el dinero comprometido y ejecutado para ella en el"
                    + " informe. Las convocatorias para todos los pactos (scope «all-pacts», p. ej. ValleINN) se repiten en el"
                    + " informe de cada pacto.",
            List.of(
                    text("plan_id", "Identificador del plan de desarrollo."),
                    text("pact_id", "Identificador del pacto en cuyo informe está la convocatoria."),
                    text("period", "Período del informe: un año (2022), una fecha de corte (2022-06-30) o «plan»."),
                    text("scope", "Parte del informe: pact (lo hecho por el pacto) o all-pacts (para todos los pactos del plan)."),
                    text("section_dependency_code", "Código de la secretaría de la sección del informe."),
                    text("section_dependency_name", "Nombre de la secretaría de la sección."),
                    text("programme_id", "Identificador del programa o fondo (p. ej. ValleINN)."),
                    text("programme_name", "Nombre del programa o fondo."),
                    text("call_id", "Identificador de la convocatoria."),
                    text("call_name", "Nombre de la convocatoria."),
                    whole("fiscal_year", "Vigencia fiscal de la convocatoria.", "año"),
                    text("municipality_codes", "Municipios y distritos de la convocatoria: códigos DIVIPOLA de 5 dígitos (texto),"
                            + " separados por «;»."),
                    whole("ventures", "Emprendimientos beneficiados según los resultados con fecha hasta el final del período.",
                            "emprendimientos"),
                    whole("jobs", "Empleos generados según los resultados con fecha hasta el final del período.", "empleos"),
                    whole("committed_cop", "Dinero comprometido para la convocatoria en el informe.", "pesos colombianos (COP)"),
                    whole("executed_cop", "Dinero ejecutado para la convocatoria en el informe.", "pesos colombianos (COP)")));

    /** One field of the data dictionary; {@code unit} is null when the field has none. */
    public record Field(String name, String type, String description, String unit) {
    }

    private final String id;
    private final String title;
    private final String description;
    private final List<Field> fields;

    OpenDataset(String id, String title, String description, List<Field> fields) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.fields = fields;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Field> fields() {
        return fields;
    }

    /** An empty table with this dataset's fields as columns (the Spanish description is the spreadsheet's label). */
    DataTable table() {
        return new DataTable(fields.stream().map(f -> new DataTable.Column(f.name(), f.description())).toList());
    }

    static OpenDataset byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFound("/api/open-data/" + id));
    }

    private static Field text(String name, String description) {
        return new Field(name, "texto", description, null);
    }

    private static Field whole(String name, String description, String unit) {
        return new Field(name, "número entero", description, unit);
    }

    private static Field decimal(String name, String description, String unit) {
        return new Field(name, "número decimal", description, unit);
    }
}
