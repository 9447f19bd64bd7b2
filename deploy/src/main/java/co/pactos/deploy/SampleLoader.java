package co.pactos.deploy;

import co.pactos.infra.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a sample data set through the public HTTP API, as a secretariat's system would: every
 * write of {@code goals-service.json}, then of {@code investments-service.json}, in file order.
 * Writes are idempotent PUTs, so loading twice changes nothing (the second time every answer is
 * 200). The built-in sample is the seed report's pact, {@value #ACCION_COMUNAL_2022}.
 */
public final class SampleLoader {

    public static final String ACCION_COMUNAL_2022 = "sample/accion-comunal-2022";

    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many writes recorded something new and how many found it already there. */
    public record Result(int created, int unchanged) {
    }

    private final String goalsUrl;
    private final String investmentsUrl;

    public SampleLoader(String goalsUrl, String investmentsUrl) {
        this.goalsUrl = goalsUrl;
        this.investmentsUrl = investmentsUrl;
    }

    /** Loads the data set under {@code classpathFolder}; stops at the first write the API rejects, saying why. */
    public Result load(String classpathFolder) {
        int created = 0;
        int unchanged = 0;
        for (String[] part : List.of(new String[] {"goals-service.json", goalsUrl}, new String[] {"investments-service.json", investmentsUrl})) {
            for (JsonNode write : writes(classpathFolder + "/" + part[0])) {
                String path = write.get("put").asText();
                JsonNode body = write.get("body");
                String dependency = body.hasNonNull("dependency") ? body.get("dependency").asText() : "PLANEACION";
                ApiClient.Response response = new ApiClient(dependency, "sample-loader").put(part[1] + path, body.toString());
                if (response.status() == 201) {
                    created++;
                } else if (response.status() == 200) {
                    unchanged++;
                } else {
                    throw new IllegalStateException("PUT " + path + " answered " + response.status() + ": " + response.body());
                }
            }
        }
        log.info("sample {} loaded: {} writes recorded, {} already there", classpathFolder, created, unchanged);
        return new Result(created, unchanged);
    }

    private static JsonNode writes(String resource) {
        try (InputStream in = SampleLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample file " + resource + " on the classpath");
            }
            return JSON.readTree(in).get("writes");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** {@code load-sample [--goals URL] [--investments URL]}; defaults are the local run's ports. */
    public static void main(String[] args) {
        String goals = option(args, "--goals", "http://localhost:8081");
        String investments = option(args, "--investments", "http://localhost:8082");
        Result result = new SampleLoader(goals, investments).load(ACCION_COMUNAL_2022);
        System.out.printf("Sample %s loaded into %s and %s: %d writes recorded, %d already there.%n",
                ACCION_COMUNAL_2022, goals, investments, result.created(), result.unchanged());
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
