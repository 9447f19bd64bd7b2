package co.pactos.investments.web;

import co.pactos.goals.GoalsApplication;
import co.pactos.infra.ApiClient;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real goals-service, started once in the test JVM with a database of its own, a random port
 * and the same Kafka, so that investments-service's reference checks cross real HTTP. It holds the
 * plan, dependencies, pact and goal the tests name.
 */
final class GoalsServiceInProcess {

    static final String PLAN = "valle";
    static final String PACT = "accion-comunal";
    static final String GOAL = "mp-sigesi";

    private static String url;

    private GoalsServiceInProcess() {
    }

    static synchronized String url() {
        if (url == null) {
            url = start();
            seed(url);
        }
        return url;
    }

    private static String start() {
        List<String> args = new ArrayList<>();
        TestInfrastructure.get().serviceProperties("goals_for_investments_it").forEach((key, value) -> args.add("--" + key + "=" + value));
        TestIdentity.serviceProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        // both applications read the first application.yml on this classpath, investments-service's:
        // command-line arguments override what goals-service must have differently
        args.addAll(List.of("--server.port=0", "--spring.application.name=goals-service",
                "--pactos.relay.topic=pactos.goals.events", "--pactos.relay.source=/pactos/goals-service"));
        ConfigurableApplicationContext goals = new SpringApplicationBuilder(GoalsApplication.class).main(GoalsApplication.class).run(args.toArray(String[]::new));
        return "http://localhost:" + ((WebServerApplicationContext) goals).getWebServer().getPort();
    }

    /** Idempotent PUTs: a database kept from an earlier run answers 200 to the same bodies. */
    private static void seed(String goals) {
        ApiClient api = TestIdentity.as("planeacion");
        put(api, goals + "/api/plans/" + PLAN, """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}""");
        put(api, goals + "/api/dependencies/SDSP", """
                {"name":"Secretaría de Desarrollo Social y Participación"}""");
        put(api, goals + "/api/dependencies/SDE", """
                {"name":"Secretaría de Desarrollo Económico y Competitividad"}""");
        put(api, goals + "/api/dependencies/STAC", """
                {"name":"Subdirección Técnica de Acción Comunal","parentCode":"SDSP"}""");
        put(api, goals + "/api/dependencies/SDEC", """
                {"name":"Secretaría de Desarrollo Económico y Competitividad"}""");
        put(api, goals + "/api/dependencies/SALUD", """
                {"name":"Secretaría de Salud"}""");
        put(api, goals + "/api/pacts/" + PACT, """
                {"planId":"valle","name":"Pacto Vallecaucano hacia la Política Pública de los Organismos de Acción Comunal"}""");
        put(api, goals + "/api/goals/" + GOAL, """
                {"planId":"valle","code":"MP-1","statement":"Construir 1 plataforma dentro del SIGESI","indicator":"Plataforma",
                 "unit":"número","kind":"PRODUCT","accumulation":"ACCUMULATED","baseline":0,"target":1,"dependency":"SDSP"}""");
    }

    private static void put(ApiClient api, String url, String json) {
        ApiClient.Response response = api.put(url, json);
        if (response.status() != 200 && response.status() != 201) {
            throw new IllegalStateException("PUT " + url + " answered " + response.status() + ": " + response.body());
        }
    }
}
