package co.pactos.kit.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What every Pactos service shares as an OAuth2 resource server: JWT bearer tokens checked against
 * the issuer's keys, issuer and audience ({@link SecuritySettings}); roles from the {@code roles}
 * claim as {@code ROLE_<role>}; no sessions, no CSRF (no cookies are used); 401 and 403 as
 * problem+json. Each service adds which paths need what in its own filter chain, through
 * {@link #apply(HttpSecurity)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
public class KitSecurity {

    /** Always open: health (the launcher and orchestrators wait on it) and the API's description. */
    public static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    /** Verifies each token once ({@link VerifiedTokens}: up to 1 024 remembered), and checks its claims on every use. */
    @Bean
    public JwtDecoder jwtDecoder(SecuritySettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        JwtClaimValidator<List<String>> audience = new JwtClaimValidator<>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(settings.audience()));
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(settings.issuer()),
                audience);
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, 1024);
    }

    @Bean
    public JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Identity.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /**
     * A path the firewall refuses (a {@code ;} path parameter, an encoded {@code /} or {@code %},
     * {@code //}, {@code ..}, a backslash, a control character) as a 400 problem naming the path: the
     * servlet container would otherwise drop {@code ;...} and record {@code X} for {@code X;DROP}.
     */
    @Bean
    public RequestRejectedHandler problemForRejectedPaths() {
        return (request, response, e) -> co.pactos.kit.web.strict.ProblemWriter.write(response, 400,
                "The path is refused (" + e.getMessage() + "): ids are letters, digits, '.', '_', ':' and '-';"
                        + " no ';', encoded '/', '\\', '//' or control characters. Nothing was recorded.", "path");
    }

    /** The common part of a service's filter chain; the caller adds its path rules and builds it. */
    public static HttpSecurity apply(HttpSecurity http, JwtAuthenticationConverter converter) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
    }

    /** Requests the container dispatches to an error page are answered by the error handling itself. */
    public static DispatcherType[] internalDispatches() {
        return new DispatcherType[] {DispatcherType.ERROR, DispatcherType.ASYNC};
    }
}
