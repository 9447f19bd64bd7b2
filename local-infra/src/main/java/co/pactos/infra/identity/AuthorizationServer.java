package co.pactos.infra.identity;

import co.pactos.infra.FreePorts;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * A development OAuth2 authorization server (Spring Authorization Server on an embedded Tomcat):
 * grant {@code client_credentials} at {@code /oauth2/token}, keys at {@code /oauth2/jwks}. Each
 * access token is a JWT for the audience {@value #AUDIENCE} carrying the client's {@code roles},
 * its {@code dependency} (for a secretariat) and {@code client_id}. Used by the local run (in the
 * launcher process, like the embedded PostgreSQL and Kafka) and by the tests, which get real tokens
 * from it; it keeps no state and makes a new signing key at every start.
 *
 * <p>No Spring Boot auto-configuration is involved, so that it can run inside a service's test JVM
 * without configuring that service.
 */
public final class AuthorizationServer implements AutoCloseable {

    /** The audience of every token it issues: the Pactos services. */
    public static final String AUDIENCE = "pactos";
    public static final String ROLES_CLAIM = "roles";
    public static final String DEPENDENCY_CLAIM = "dependency";
    public static final String CLIENT_CLAIM = "client_id";
    private static final String ROLE_SETTING = "pactos.role";
    private static final String DEPENDENCY_SETTING = "pactos.dependency";

    /** A client allowed the {@code client_credentials} grant: one role, and the dependency it writes for (secretariats). */
    public record Client(String clientId, String secret, String role, String dependency, String description) {
    }

    private final Tomcat tomcat;
    private final AnnotationConfigApplicationContext spring;
    private final String issuer;
    private final RSAKey signingKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AuthorizationServer(Tomcat tomcat, AnnotationConfigApplicationContext spring, String issuer, RSAKey signingKey) {
        this.tomcat = tomcat;
        this.spring = spring;
        this.issuer = issuer;
        this.signingKey = signingKey;
    }

    /** Starts it on {@code port} (0: a free port), issuing tokens as {@code http://localhost:<port>}, for these clients. */
    public static AuthorizationServer start(int port, List<Client> clients, Duration tokenTimeToLive) {
        int chosen = port == 0 ? FreePorts.pick() : port;
        String issuer = "http://localhost:" + chosen;
        RSAKey key = newKey();
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.registerBean(RegisteredClientRepository.class, () -> repository(clients, tokenTimeToLive));
        spring.registerBean("jwkSource", JWKSource.class, () -> new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
        spring.registerBean(AuthorizationServerSettings.class, () -> AuthorizationServerSettings.builder().issuer(issuer).build());
        spring.register(Endpoints.class);
        spring.refresh();

        Tomcat tomcat = new Tomcat();
        try {
            Path base = Files.createTempDirectory("pactos-authorization-server-");
            base.toFile().deleteOnExit();
            tomcat.setBaseDir(base.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tomcat.setPort(chosen);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "nothing-else", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                response.setStatus(404);
            }
        });
        context.addServletMappingDecoded("/", "nothing-else");
        FilterDef security = new FilterDef();
        security.setFilterName("springSecurityFilterChain");
        security.setFilter(spring.getBean("springSecurityFilterChain", Filter.class));
        context.addFilterDef(security);
        FilterMap all = new FilterMap();
        all.setFilterName("springSecurityFilterChain");
        all.addURLPattern("/*");
        context.addFilterMap(all);
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            spring.close();
            throw new IllegalStateException("cannot start the authorization server on port " + chosen, e);
        }
        return new AuthorizationServer(tomcat, spring, issuer, key);
    }

    public String issuer() {
        return issuer;
    }

    public String tokenEndpoint() {
        return issuer + "/oauth2/token";
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** An access token for the client, asked of the token endpoint over HTTP as any client would. */
    public String token(String clientId, String secret) {
        return fetchToken(tokenEndpoint(), clientId, secret);
    }

    /** Asks a token endpoint for a {@code client_credentials} access token. */
    public static String fetchToken(String tokenEndpoint, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token endpoint " + tokenEndpoint + " answered " + response.statusCode()
                        + " for client " + clientId + ": " + response.body());
            }
            return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the token endpoint " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * A token signed with this server's key with exactly the given claims (for tests of tokens the
     * token endpoint would not give: expired, for another audience, from another issuer).
     */
    public String sign(Map<String, Object> claims) {
        return sign(signingKey, claims);
    }

    /** A token with the given claims signed by a key no one publishes: a forgery. */
    public static String forge(Map<String, Object> claims) {
        return sign(newKey(), claims);
    }

    /** The claims a token of this server would carry for the client, valid from now for the given time; change them to taste. */
    public Map<String, Object> claimsFor(Client client, Duration validFor) {
        Instant now = Instant.now();
        java.util.LinkedHashMap<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", client.clientId());
        claims.put("aud", List.of(AUDIENCE));
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now.plus(validFor));
        claims.put(CLIENT_CLAIM, client.clientId());
        claims.put(ROLES_CLAIM, List.of(client.role()));
        if (client.dependency() != null) {
            claims.put(DEPENDENCY_CLAIM, client.dependency());
        }
        return claims;
    }

    private static String sign(RSAKey key, Map<String, Object> claims) {
        try {
            NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
            JwtClaimsSet.Builder set = JwtClaimsSet.builder();
            claims.forEach(set::claim);
            return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(),
                    set.build())).getTokenValue();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            // stopping anyway
        }
        spring.close();
    }

    private static RSAKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RegisteredClientRepository repository(List<Client> clients, Duration tokenTimeToLive) {
        return new InMemoryRegisteredClientRepository(clients.stream()
                .map(c -> RegisteredClient.withId(c.clientId())
                        .clientId(c.clientId())
                        .clientSecret("{noop}" + c.secret())
                        .clientName(c.description() == null ? c.clientId() : c.description())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .clientSettings(ClientSettings.builder()
                                .setting(ROLE_SETTING, c.role())
                                .setting(DEPENDENCY_SETTING, c.dependency() == null ? "" : c.dependency())
                                .build())
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenTimeToLive).build())
                        .build())
                .toList());
    }

    /** The protocol endpoints, and the claims Pactos reads put into every access token. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Endpoints {

        @Bean
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(Customizer.withDefaults())
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> pactosClaims() {
            return context -> {
                RegisteredClient client = context.getRegisteredClient();
                String role = client.getClientSettings().getSetting(ROLE_SETTING);
                String dependency = client.getClientSettings().getSetting(DEPENDENCY_SETTING);
                context.getClaims()
                        .audience(List.of(AUDIENCE))
                        .claim(CLIENT_CLAIM, client.getClientId())
                        .claim(ROLES_CLAIM, List.of(role));
                if (dependency != null && !dependency.isEmpty()) {
                    context.getClaims().claim(DEPENDENCY_CLAIM, dependency);
                }
            };
        }
    }
}
