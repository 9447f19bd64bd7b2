package co.pactos.goals.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Configuration;

/** What goals-service's OpenAPI document says of the service as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Pactos goals-service", version = "0.1.0",
                description = "The plan, its dependencies, pacts and goals, with yearly targets and progress reports, and what dependencies"
                        + " did (activities). Planeación amends goals, revises targets and changes links, and closes periods for entry;"
                        + " dependencies correct their activities; each is a new event with a reason. Every write is an idempotent PUT to a caller-chosen id, recorded as an event with who made it"
                        + " (from the bearer token). Errors are application/problem+json naming the field."),
        servers = @Server(url = "/", description = "This service (the local run: http://localhost:8081)"),
        tags = {
                @Tag(name = "plans", description = "Development plans (Planeación)"),
                @Tag(name = "dependencies", description = "Units of government and the units they belong to (Planeación)"),
                @Tag(name = "pacts", description = "Pacts of a plan (Planeación)"),
                @Tag(name = "goals", description = "Goals, their links to pacts, yearly targets (Planeación) and progress reports"
                        + " (the coordinating dependency)"),
                @Tag(name = "activities", description = "What dependencies did, for whom and where, and corrections of it"),
                @Tag(name = "closures", description = "Periods of a plan closed for entry, and their reopenings (Planeación)")})
public class GoalsApiDescription {
}
