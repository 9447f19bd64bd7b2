package co.pactos.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuthorizationServerTest {

    static AuthorizationServer server;

    @BeforeAll
    static void start() {
        server = AuthorizationServer.start(0, TestIdentity.CLIENTS, Duration.ofMinutes(10));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode claims(String token) {
        return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void a_secretariat_client_gets_a_token_with_its_role_dependency_and_the_pactos_audience() {
        JsonNode claims = claims(server.token("sigesi", "sigesi-dev-secret"));

        assertThat(claims.get("iss").asString()).isEqualTo(server.issuer());
        assertThat(claims.get("aud").toString()).contains("\"pactos\"");
        assertThat(claims.get("sub").asString()).isEqualTo("sigesi");
        assertThat(claims.get("client_id").asString()).isEqualTo("sigesi");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"secretariat\"]");
        assertThat(claims.get("dependency").asString()).isEqualTo("SDSP");
    }

    @Test
    void oversight_has_no_dependency() {
        JsonNode claims = claims(server.token("contraloria", "contraloria-dev-secret"));

        assertThat(claims.get("roles").toString()).isEqualTo("[\"oversight\"]");
        assertThat(claims.has("dependency")).isFalse();
    }

    @Test
    void a_wrong_secret_gets_no_token() {
        assertThatThrownBy(() -> server.token("sigesi", "guess")).hasMessageContaining("401");
    }

    @Test
    void signs_and_forges_tokens_for_tests() {
        String signed = server.sign(server.claimsFor(TestIdentity.client("sdec"), Duration.ofMinutes(1)));
        String forged = AuthorizationServer.forge(server.claimsFor(TestIdentity.client("sdec"), Duration.ofMinutes(1)));

        assertThat(claims(signed).get("dependency").asString()).isEqualTo("SDEC");
        assertThat(claims(forged).get("roles").toString()).isEqualTo("[\"secretariat\"]");
        assertThat(List.of(signed.split("\\.")[2])).doesNotContain(forged.split("\\.")[2]);
    }
}
