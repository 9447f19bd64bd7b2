package co.pactos.investments.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Configuration;

/** What investments-service's OpenAPI document says of the service as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Pactos investments-service", version = "0.1.0",
                description = "Money committed and executed (whole Colombian pesos) for activities, calls, goals and pacts; programmes,"
                        + " calls and their results. Plans, dependencies, activities, goals and pacts named are checked against this"
                        + " service's own catalog, fed from goals-service's events (it takes writes while goals-service is away); one"
                        + " not known yet answers 422 with Retry-After. A write dated in a period Planeación closed answers 409 naming"
                        + " the closure. Every write is an idempotent PUT to a"
                        + " caller-chosen id, recorded as an event with who made it (from the bearer token). Errors are"
                        + " application/problem+json naming the field."),
        servers = @Server(url = "/", description = "This service (the local run: http://localhost:8082)"),
        tags = {
                @Tag(name = "programmes", description = "Programmes and funds run by a dependency"),
                @Tag(name = "calls", description = "Calls of a programme and their results (ventures, jobs)"),
                @Tag(name = "investments", description = "Commitments, executions and adjustments of money")})
public class InvestmentsApiDescription {
}
