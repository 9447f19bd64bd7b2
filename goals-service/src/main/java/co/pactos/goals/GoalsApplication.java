package co.pactos.goals;

import co.pactos.kit.axon.AxonStorageConfig;
import co.pactos.kit.axon.CommandProblemHandler;
import co.pactos.kit.municipality.MunicipalitiesConfig;
import co.pactos.kit.relay.KafkaRelayConfig;
import co.pactos.kit.security.CommandServiceSecurity;
import co.pactos.kit.web.ApiDocs;
import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.batch.BatchController;
import co.pactos.kit.web.strict.StrictInput;
import co.pactos.kit.web.ResourceViews;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The plan, its dependencies, pacts and goals, with targets and progress, and what dependencies did: every write an event. */
@SpringBootApplication
@Import({AxonStorageConfig.class, KafkaRelayConfig.class, CommandProblemHandler.class, CommandWriter.class, ResourceViews.class,
        MunicipalitiesConfig.class, CommandServiceSecurity.class, StrictInput.class, ApiDocs.class,
        BatchController.class})
public class GoalsApplication {

    public static void main(String[] args) {
        SpringApplication.run(GoalsApplication.class, args);
    }
}
