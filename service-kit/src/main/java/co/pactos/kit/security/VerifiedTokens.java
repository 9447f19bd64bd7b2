package co.pactos.kit.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that remembers the tokens whose signature it has verified. A secretariat's system sends the
 * same bearer token with thousands of writes; parsing it and checking its RSA signature was a fifth of the service's
 * CPU per single PUT (issue 9's profile). The token's text is the key, signature included, so a remembered token is
 * exactly the one verified; its claims are checked again ({@code validator}: expiry, not-before, issuer, audience) on
 * every use, so an expired token is refused as before. At most {@code capacity} tokens are remembered (all are
 * forgotten when that many are), and a token that fails is never remembered.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.decoder = decoder;
        this.validator = validator;
        this.capacity = Math.max(1, capacity);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!validator.validate(known).hasErrors()) {
                return known;
            }
            // expired since: the decoder refuses it with its own problem
            verified.remove(token);
        }
        Jwt jwt = decoder.decode(token);
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, jwt);
        return jwt;
    }

    /** How many tokens are remembered now (for tests). */
    int remembered() {
        return verified.size();
    }
}
