package co.pactos.deploy;

import co.pactos.infra.identity.AuthorizationServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The local run's OAuth2 clients, as declared in {@value #FILE} (development secrets). */
public final class DevClients {

    public static final String FILE = "identity/dev-clients.json";

    private final List<AuthorizationServer.Client> clients;

    private DevClients(List<AuthorizationServer.Client> clients) {
        this.clients = List.copyOf(clients);
    }

    public static DevClients load() {
        try (InputStream in = DevClients.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("no " + FILE + " on the classpath");
            }
            List<AuthorizationServer.Client> clients = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in).get("clients")) {
                clients.add(new AuthorizationServer.Client(c.get("clientId").asText(), c.get("secret").asText(), c.get("role").asText(),
                        c.hasNonNull("dependency") ? c.get("dependency").asText() : null, c.path("description").asText(null)));
            }
            return new DevClients(clients);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    public List<AuthorizationServer.Client> all() {
        return clients;
    }

    public AuthorizationServer.Client get(String clientId) {
        return clients.stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no client " + clientId + " in " + FILE));
    }

    /** The secretariat client that writes for exactly this dependency, if there is one. */
    public Optional<AuthorizationServer.Client> secretariatOf(String dependency) {
        return clients.stream().filter(c -> "secretariat".equals(c.role()) && dependency.equals(c.dependency())).findFirst();
    }
}
