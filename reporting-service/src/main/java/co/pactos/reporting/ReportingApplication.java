package co.pactos.reporting;

import co.pactos.kit.relay.KafkaSettings;
import co.pactos.kit.web.ApiDocs;
import co.pactos.kit.web.ProblemHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import co.pactos.kit.municipality.MunicipalitiesConfig;

/** Rebuilds the progress of each pact from the event log and answers reports on it. */
@SpringBootApplication
@EnableConfigurationProperties(KafkaSettings.class)
@Import({ProblemHandler.class, MunicipalitiesConfig.class, ApiDocs.class})
public class ReportingApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingApplication.class, args);
    }
}
