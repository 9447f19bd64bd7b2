package co.pactos.reporting.config;

import co.pactos.kit.security.Identity;
import co.pactos.kit.security.KitSecurity;
import co.pactos.kit.security.SecuritySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read what in reporting-service: published reports, documents, open data and the
 * dashboard ({@code GET}, outside admin and audit) are readable without a token when
 * {@code pactos.security.public-reads} (default true); {@code /api/admin/**} needs the operator role,
 * and oversight may read it; everything else needs a valid token.
 */
@Configuration(proxyBeanMethods = false)
@Import(KitSecurity.class)
public class SecurityConfig {

    @Bean
    public SecurityFilterChain reportingFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
                                                    SecuritySettings settings) throws Exception {
        KitSecurity.apply(http, converter).authorizeHttpRequests(requests -> {
            requests.dispatcherTypeMatchers(KitSecurity.internalDispatches()).permitAll();
            requests.requestMatchers(KitSecurity.OPEN).permitAll();
            requests.requestMatchers(HttpMethod.GET, "/api/admin/**").hasAnyRole(Identity.OPERATOR, Identity.OVERSIGHT);
            requests.requestMatchers("/api/admin/**").hasRole(Identity.OPERATOR);
            requests.requestMatchers("/api/audit/**").hasAnyRole(Identity.OVERSIGHT, Identity.OPERATOR, Identity.PLANNING);
            if (settings.readsArePublic()) {
                requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
            }
            requests.anyRequest().authenticated();
        });
        return http.build();
    }
}
