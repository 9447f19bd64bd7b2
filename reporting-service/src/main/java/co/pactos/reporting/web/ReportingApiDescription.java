package co.pactos.reporting.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Configuration;

/** What reporting-service's OpenAPI document says of the service as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Pactos reporting-service", version = "0.1.0",
                description = "The progress and money of each pact of a plan, rebuilt from the event log of goals-service and"
                        + " investments-service, for a year, a cut-off date or the whole plan, as the system knew it at any instant"
                        + " (asOf); as JSON or as the Spanish document. Reports are readable without a token while"
                        + " pactos.security.public-reads is on; the admin API needs an operator's token (oversight may read it)."
                        + " Errors are application/problem+json naming the field."),
        servers = @Server(url = "/", description = "This service (the local run: http://localhost:8083)"),
        tags = {
                @Tag(name = "reports", description = "Progress and money per pact and plan, JSON and Spanish documents"),
                @Tag(name = "admin", description = "The versioned projection: versions, rebuilds, parked events (operator; oversight reads)")})
public class ReportingApiDescription {
}
