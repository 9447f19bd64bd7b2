package co.pactos.infra.identity;

import co.pactos.infra.ApiClient;
import co.pactos.infra.identity.AuthorizationServer.Client;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authorization server of a test JVM, started once, with the development clients of the local
 * run (secret {@code <client-id>-dev-secret}). Tests get real tokens from its token endpoint and point
 * the services at it with {@link #serviceProperties()}.
 */
public final class TestIdentity {

    public static final List<Client> CLIENTS = List.of(
            new Client("planeacion", "planeacion-dev-secret", "planning", "DAPD", "Departamento Administrativo de Planeación"),
            new Client("contraloria", "contraloria-dev-secret", "oversight", null, "Contraloría (oversight)"),
            new Client("operador", "operador-dev-secret", "operator", null, "Operator of the suite"),
            new Client("sigesi", "sigesi-dev-secret", "secretariat", "SDSP", "SIGESI, Secretaría de Desarrollo Social y Participación"),
            new Client("sidrac", "sidrac-dev-secret", "secretariat", "DAJ", "SIDRAC, Departamento Administrativo de Jurídica"),
            new Client("sdec", "sdec-dev-secret", "secretariat", "SDEC", "Secretaría de Desarrollo Económico y Competitividad"),
            new Client("salud", "salud-dev-secret", "secretariat", "SALUD", "Secretaría de Salud"));

    private static AuthorizationServer server;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestIdentity() {
    }

    public static synchronized AuthorizationServer server() {
        if (server == null) {
            server = AuthorizationServer.start(0, CLIENTS, Duration.ofHours(2));
            AuthorizationServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-authorization-server-stop"));
        }
        return server;
    }

    /** The properties that make a service trust this server's tokens. */
    public static Map<String, String> serviceProperties() {
        AuthorizationServer as = server();
        return Map.of(
                "pactos.security.issuer", as.issuer(),
                "pactos.security.jwk-set-uri", as.jwkSetUri(),
                "pactos.security.audience", AuthorizationServer.AUDIENCE);
    }

    public static Client client(String clientId) {
        return CLIENTS.stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test client " + clientId));
    }

    /** A token from the token endpoint for one of {@link #CLIENTS} (fetched once per client and JVM). */
    public static String token(String clientId) {
        Client client = client(clientId);
        return TOKENS.computeIfAbsent(clientId, id -> server().token(id, client.secret()));
    }

    /** An API client that sends the client's token. */
    public static ApiClient as(String clientId) {
        return new ApiClient(token(clientId));
    }
}
