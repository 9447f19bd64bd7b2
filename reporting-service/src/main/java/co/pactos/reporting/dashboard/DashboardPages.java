package co.pactos.reporting.dashboard;

import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.web.FieldProblem;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.web.ReportGate;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the HTML pages answer when they cannot show what was asked: a page in Spanish saying what to change, with the
 * status the report API gives for the same fault (400, 404, 422, 503 with Retry-After), never a 500 for bad input.
 * Handlers declared on the controllers themselves come before the problem+json advice the API uses.
 */
abstract class DashboardPages {

    private static final Map<String, String> WHAT_TO_FIX = Map.of(
            "period", "El período debe ser un año (por ejemplo 2022), una fecha de corte (2022-06-30) o «plan» (todo el período del "
                    + "plan), dentro de los años del plan.",
            "corte", "La fecha de corte debe escribirse AAAA-MM-DD, por ejemplo 2022-06-30.",
            "asOf", "La fecha «tal como estaba el» debe escribirse AAAA-MM-DD (por ejemplo 2022-07-01) o como un instante "
                    + "ISO-8601 con zona horaria (2022-07-01T00:00:00-05:00).",
            "pactId", "El identificador del pacto no es válido: una letra o un número y luego hasta 63 letras, números, «.», «_», "
                    + "«:» o «-».",
            "planId", "El identificador del plan no es válido: una letra o un número y luego hasta 63 letras, números, «.», «_», "
                    + "«:» o «-».",
            "code", "El código de la dependencia no es válido: una letra o un número y luego hasta 63 letras, números, «.», «_», "
                    + "«:» o «-».",
            "goalId", "El identificador de la meta no es válido: una letra o un número y luego hasta 63 letras, números, «.», «_», "
                    + "«:» o «-».",
            "format", "Esta página se ofrece en HTML; su tabla se descarga en CSV con format=csv o como hoja de cálculo con format=xlsx.");

    /** A redirect to another page of the dashboard (the form's cut-off date made the period of the URL). */
    static ResponseEntity<byte[]> redirect(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalidInput(InvalidInput e) {
        return page(HttpStatus.BAD_REQUEST, "La dirección pedida tiene un dato que no se puede leer",
                String.join(" ", e.errors().stream().map(FieldProblem::field)
                        .map(f -> WHAT_TO_FIX.getOrDefault(f, "Revise el dato «" + f + "».")).toList()), e.getMessage());
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView ruleViolation(RuleViolation e) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, "period".equals(e.field()) ? "El período pedido no está dentro del plan"
                        : "La dirección pedida no cumple una regla",
                WHAT_TO_FIX.getOrDefault(e.field(), "Revise el dato «" + e.field() + "»."), e.field() + ": " + e.getMessage());
    }

    @ExceptionHandler(ResourceNotFound.class)
    ModelAndView notFound(ResourceNotFound e) {
        return page(HttpStatus.NOT_FOUND, "No se encontró lo pedido",
                "No hay registrado un plan, un pacto, una meta o una dependencia con ese identificador (o no lo había en la fecha «tal como estaba el» pedida).",
                e.getMessage());
    }

    @ExceptionHandler(ProjectionReads.ProjectionUnavailable.class)
    ModelAndView building(ProjectionReads.ProjectionUnavailable e, HttpServletResponse response) {
        return unavailable(response, "5", "Los informes se están construyendo",
                "El tablero está leyendo el registro de eventos y responderá en unos segundos. Vuelva a cargar la página.", e);
    }

    @ExceptionHandler(ReportGate.Saturated.class)
    ModelAndView saturated(ReportGate.Saturated e, HttpServletResponse response) {
        return unavailable(response, "1", "El servicio está respondiendo tantos informes como puede",
                "Vuelva a cargar la página en un momento.", e);
    }

    private static ModelAndView unavailable(HttpServletResponse response, String retryAfter, String title, String whatToDo,
                                            RuntimeException e) {
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        return page(HttpStatus.SERVICE_UNAVAILABLE, title, whatToDo, e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String title, String whatToFix, String detail) {
        ModelAndView page = new ModelAndView("dashboard/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("whatToFix", whatToFix);
        page.addObject("detail", detail);
        return page;
    }
}
