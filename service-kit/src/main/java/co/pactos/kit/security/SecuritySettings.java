package co.pactos.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens a service trusts ({@code pactos.security.*}, or the environment variables named in
 * each service's application.yml): JWTs signed by a key of {@code jwkSetUri} (default: the issuer's
 * {@code /oauth2/jwks}, as Spring Authorization Server publishes it; Keycloak's is
 * {@code <issuer>/protocol/openid-connect/certs}), with {@code iss} equal to {@code issuer} and
 * {@code audience} among {@code aud}. {@code publicReads}: published resources and reports are
 * readable without a token.
 */
@ConfigurationProperties("pactos.security")
public record SecuritySettings(String issuer, String jwkSetUri, String audience, Boolean publicReads) {

    public SecuritySettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("pactos.security.issuer (PACTOS_OAUTH2_ISSUER) must name the token issuer");
        }
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            jwkSetUri = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/oauth2/jwks";
        }
        if (audience == null || audience.isBlank()) {
            audience = "pactos";
        }
        if (publicReads == null) {
            publicReads = Boolean.TRUE;
        }
    }

    public boolean readsArePublic() {
        return publicReads;
    }
}
