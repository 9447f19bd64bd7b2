package co.pactos.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The compose file repeats ServiceJvm's options by hand: each service's command is checked against them. */
class ComposeJvmOptionsTest {

    @Test
    @SuppressWarnings("unchecked")
    void every_service_in_the_compose_file_runs_with_the_jvm_options_of_the_local_run() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("compose", "docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (String service : List.of("goals-service", "investments-service", "reporting-service")) {
            List<String> expected = new ArrayList<>(List.of("java"));
            expected.addAll(ServiceJvm.options(service));
            expected.addAll(List.of("-jar", "/app/service.jar"));

            assertThat((List<String>) services.get(service).get("command")).as(service).isEqualTo(expected);
        }
    }
}
