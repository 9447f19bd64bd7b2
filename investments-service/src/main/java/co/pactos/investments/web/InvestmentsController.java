package co.pactos.investments.web;

import static co.pactos.kit.web.Ids.check;

import co.pactos.investments.investment.CommitInvestmentCommand;
import co.pactos.kit.web.Caller;
import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.Ids;
import co.pactos.kit.web.ResourceNotFound;
import co.pactos.kit.web.ResourceViews;
import co.pactos.kit.web.WriteResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** investments-service's HTTP API: an idempotent PUT and a GET per resource,. */
@RestController
public class InvestmentsController {

    record InvestmentRequest(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            @NotNull Long amount,
            @NotNull @Min(1900) @Max(2200) Integer fiscalYear,
            @NotNull LocalDate date,
            @Pattern(regexp = Ids.PATTERN, message = "must be an activity id") String activityId,
            @Pattern(regexp = Ids.PATTERN, message = "must be a call id") String callId,
            List<@Pattern(regexp = Ids.PATTERN, message = "must be goal ids") String> goals,
            List<@Pattern(regexp = Ids.PATTERN, message = "must be pact ids") String> pacts,
            Boolean allPacts,
            @Size(max = 300) String fundingSource,
            String source) {
    }

    private final CommandWriter writer;
    private final ResourceViews views;

    public InvestmentsController(CommandWriter writer, ResourceViews views) {
        this.writer = writer;
        this.views = views;
    }

    public static String path(String investmentId) {
        return "/api/investments/" + investmentId;
    }

    @PutMapping("/api/investments/{investmentId}")
    public ResponseEntity<WriteResponse> putInvestment(@PathVariable String investmentId, @Valid @RequestBody InvestmentRequest body,
                                                       HttpServletRequest http) {
        return writer.put(path(check("investmentId", investmentId)),
                new CommitInvestmentCommand(investmentId, body.dependency(), body.amount(), body.fiscalYear(), body.date(),
                        body.activityId(), body.callId(), body.goals(), body.pacts(), Boolean.TRUE.equals(body.allPacts()),
                        body.fundingSource()),
                Caller.of(http, body.source()));
    }

    @GetMapping("/api/investments/{investmentId}")
    public JsonNode get(HttpServletRequest http) {
        String path = http.getRequestURI();
        return views.find(path).orElseThrow(() -> new ResourceNotFound(path));
    }
}
