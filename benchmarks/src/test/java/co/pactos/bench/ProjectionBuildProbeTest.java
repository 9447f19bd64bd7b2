package co.pactos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe against a stand-in for the admin API the lead is adding (the contract in issue 7's brief), no timings. */
class ProjectionBuildProbeTest {

    private HttpServer server;
    private final AtomicReference<String> authorization = new AtomicReference<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theInitialBuildEndsWhenThePositionsAddUpToEveryEvent() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        ServiceHttp http = serve(exchange -> {
            long next = Math.min(1000, 250L * polls.getAndIncrement());
            return reply(exchange, 200, "[" + entry(1, next < 1000 ? "BUILDING" : "LIVE", next - 400, 400) + "]");
        });
        ProjectionBuildProbe.Build build = new ProjectionBuildProbe(http, null)
                .awaitInitialBuild(() -> true, System.nanoTime(), "log", 1000, Duration.ofSeconds(20));
        assertThat(build.events()).isEqualTo(1000);
        assertThat(build.source()).isEqualTo("admin API");
        assertThat(build.alreadyApplied()).isEqualTo(250);
        assertThat(authorization.get()).isEqualTo("Bearer operator-token");
    }

    @Test
    void aRebuildEndsWhenItsVersionIsLive() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        ServiceHttp http = serve(exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
                assertThat(exchange.getRequestURI().getPath()).isEqualTo("/api/admin/projections/pact-progress/rebuild");
                return reply(exchange, 202, "{\"name\":\"pact-progress\",\"version\":2,\"state\":\"BUILDING\"}");
            }
            boolean live = polls.incrementAndGet() > 3;
            return reply(exchange, 200, "[" + entry(1, live ? "RETIRED" : "LIVE", 600, 400) + ","
                    + entry(2, live ? "LIVE" : "BUILDING", live ? 600 : 100, 400) + "]");
        });
        Optional<ProjectionBuildProbe.Build> rebuild = new ProjectionBuildProbe(http, null).rebuild(1000, Duration.ofSeconds(20));
        assertThat(rebuild).isPresent();
        assertThat(rebuild.get().serviceRate()).isEqualTo(1234.0);
        assertThat(polls.get()).isEqualTo(4);
    }

    @Test
    void aServiceWithoutRebuildIsSkipped() throws Exception {
        ServiceHttp http = serve(exchange -> reply(exchange, 404, "{}"));
        assertThat(new ProjectionBuildProbe(http, null).rebuild(1000, Duration.ofSeconds(5))).isEmpty();
    }

    private static String entry(long version, String state, long goals, long investments) {
        return "{\"name\":\"pact-progress\",\"version\":" + version + ",\"codeVersion\":\"x\",\"state\":\"" + state + "\",\"positions\":["
                + "{\"topic\":\"pactos.goals.events\",\"partition\":0,\"nextOffset\":" + goals + ",\"endOffset\":600,\"lag\":" + (600 - goals) + "},"
                + "{\"topic\":\"pactos.investments.events\",\"partition\":0,\"nextOffset\":" + investments + ",\"endOffset\":400,\"lag\":"
                + (400 - investments) + "}],\"applied\":" + (goals + investments) + ",\"eventsPerSecond\":1234.0,\"eta\":null,"
                + "\"parked\":0,\"watermark\":null}";
    }

    interface Handler {
        Void handle(HttpExchange exchange) throws IOException;
    }

    private ServiceHttp serve(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/admin/projections", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            handler.handle(exchange);
        });
        server.start();
        return new ServiceHttp("http://127.0.0.1:" + server.getAddress().getPort(), () -> Optional.of("operator-token"));
    }

    private static Void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
        return null;
    }
}
