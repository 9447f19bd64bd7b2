package co.pactos.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    /** Stands for the issuer's signature check: knows the tokens "good-*", refuses the others, checks expiry. */
    private final class Issuer implements JwtDecoder {
        final List<String> verified = new ArrayList<>();
        final Map<String, Instant> expiry = Map.of("good-1", NOW.plusSeconds(300), "good-2", NOW.plusSeconds(300));

        @Override
        public Jwt decode(String token) {
            verified.add(token);
            Instant expiresAt = expiry.get(token);
            if (expiresAt == null) {
                throw new BadJwtException("bad signature");
            }
            Jwt jwt = jwt(token, expiresAt);
            if (timestamps.validate(jwt).hasErrors()) {
                throw new JwtValidationException("expired", timestamps.validate(jwt).getErrors());
            }
            return jwt;
        }
    }

    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
    private final Issuer issuer = new Issuer();

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("sigesi").issuedAt(NOW.minusSeconds(10)).expiresAt(expiresAt).build();
    }

    private VerifiedTokens tokens(int capacity) {
        timestamps.setClock(clock);
        return new VerifiedTokens(issuer, timestamps, capacity);
    }

    @Test
    void a_token_is_verified_once_and_answered_from_memory_after() {
        VerifiedTokens tokens = tokens(10);
        Jwt first = tokens.decode("good-1");
        Jwt again = tokens.decode("good-1");
        assertThat(again).isSameAs(first);
        assertThat(issuer.verified).containsExactly("good-1");
    }

    @Test
    void a_refused_token_is_refused_every_time_and_never_remembered() {
        VerifiedTokens tokens = tokens(10);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(issuer.verified).containsExactly("forged", "forged");
        assertThat(tokens.remembered()).isZero();
    }

    @Test
    void a_remembered_token_that_has_expired_since_is_refused() {
        VerifiedTokens tokens = tokens(10);
        tokens.decode("good-1");
        clock = Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC);
        timestamps.setClock(clock);
        assertThatThrownBy(() -> tokens.decode("good-1")).isInstanceOf(JwtValidationException.class);
        assertThat(issuer.verified).containsExactly("good-1", "good-1");
        assertThat(tokens.remembered()).isZero();
    }

    @Test
    void at_most_capacity_tokens_are_remembered() {
        VerifiedTokens tokens = tokens(1);
        tokens.decode("good-1");
        tokens.decode("good-2");
        assertThat(tokens.remembered()).isEqualTo(1);
        tokens.decode("good-2");
        assertThat(issuer.verified).containsExactly("good-1", "good-2");
    }
}
