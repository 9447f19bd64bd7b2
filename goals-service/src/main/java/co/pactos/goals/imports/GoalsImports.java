package co.pactos.goals.imports;

import static co.pactos.kit.web.imports.Column.optional;
import static co.pactos.kit.web.imports.Column.required;

import co.pactos.kit.web.imports.ColumnType;
import co.pactos.kit.web.imports.ImportConfig;
import co.pactos.kit.web.imports.ImportKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The spreadsheets goals-service imports ({@code POST /api/imports/{kind}}): progress reports and activities, each row
 * the PUT of API.md, with Spanish column headers.
 */
@Configuration(proxyBeanMethods = false)
@Import(ImportConfig.class)
public class GoalsImports {

    @Bean
    public ImportKind progressImport() {
        return ImportKind.of("progress", "Avances", "una fila por reporte de avance de una meta: el valor del indicador medido en"
                        + " la fecha de corte (para metas acumuladas o de flujo, lo logrado en el año hasta esa fecha).",
                "/api/goals/{goalId}/progress/{reportId}",
                required("Id de la meta", "goalId", ColumnType.ID, "La meta del plan a la que se reporta el avance",
                        "meta-sigesi-accion-comunal"),
                required("Id del reporte", "reportId", ColumnType.ID, "Un identificador que usted elige para este reporte; el mismo"
                        + " identificador con los mismos datos no registra nada nuevo", "avance-2022-06-30"),
                required("Fecha de corte", "effectiveDate", ColumnType.DATE, "La fecha en que se midió el indicador", "30/06/2022"),
                required("Valor alcanzado", "value", ColumnType.DECIMAL, "El valor del indicador en la fecha de corte", "0,1"),
                optional("Nota", "note", ColumnType.TEXT, "Una observación sobre el avance", "primer módulo entregado"),
                optional("Corrige al reporte", "corrects", ColumnType.ID, "Si este reporte corrige uno anterior de la misma meta, el"
                        + " identificador de aquel", ""),
                optional("Motivo de la corrección", "reason", ColumnType.TEXT, "Por qué se corrige (obligatorio si llena «Corrige al"
                        + " reporte»)", ""));
    }

    @Bean
    public ImportKind activitiesImport() {
        return ImportKind.of("activities", "Actividades", "una fila por actividad de una dependencia: cuándo, para quiénes,"
                        + " dónde, sobre qué temas y a qué pactos y metas sirve.",
                "/api/activities/{activityId}",
                required("Id de la actividad", "activityId", ColumnType.ID, "Un identificador que usted elige para la actividad",
                        "capacitacion-oac-2022"),
                required("Dependencia", "dependency", ColumnType.ID, "El código de la dependencia que la realizó", "STAC"),
                required("Título", "title", ColumnType.TEXT, "El nombre de la actividad",
                        "Capacitación y asistencia técnica a organismos de acción comunal"),
                optional("Descripción", "description", ColumnType.TEXT, "Qué se hizo", "Talleres de legislación comunal"),
                required("Fecha de inicio", "startDate", ColumnType.DATE, "Cuándo empezó", "01/02/2022"),
                optional("Fecha de fin", "endDate", ColumnType.DATE, "Cuándo terminó; vacía si sigue en curso", "30/11/2022"),
                optional("Pactos", "pacts", ColumnType.LIST, "Los pactos a los que sirve (o «Todos los pactos»)", "accion-comunal"),
                optional("Todos los pactos", "allPacts", ColumnType.YES_NO, "«sí» si sirve a todos los pactos del plan (entonces deje"
                        + " «Pactos» vacío y llene «Id del plan»)", "no"),
                optional("Id del plan", "planId", ColumnType.ID, "El plan cuyos pactos sirve; obligatorio con «Todos los pactos»", ""),
                optional("Metas", "goals", ColumnType.LIST, "Las metas del plan a las que sirve", "meta-sigesi-accion-comunal"),
                optional("Beneficiarios", "beneficiaries", ColumnType.BENEFICIARIES, "Los grupos de personas alcanzados y cuántas de"
                        + " cada uno", "líderes y lideresas comunales: 23.800"),
                optional("Municipios", "municipalities", ColumnType.MUNICIPALITIES, "Los municipios donde se hizo, por código DIVIPOLA",
                        "76001; 76109"),
                optional("Temas", "topics", ColumnType.TEXT_LIST, "Los temas tratados", "legislación comunal; CONPES 3955"));
    }
}
