package co.pactos.kit.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The filter chain of a command service (goals-service, investments-service): every write needs a
 * valid token (which writes a token may make is {@link WritePolicy}'s, in the controllers); reads of
 * the recorded resources are open when {@code pactos.security.public-reads} (default true), else
 * they need a token too. The audit export ({@code /api/audit/**}) needs a token of oversight or Planeación.
 */
@Configuration(proxyBeanMethods = false)
@Import(KitSecurity.class)
public class CommandServiceSecurity {

    @Bean
    public SecurityFilterChain commandServiceFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
                                                         SecuritySettings settings) throws Exception {
        KitSecurity.apply(http, converter).authorizeHttpRequests(requests -> {
            requests.dispatcherTypeMatchers(KitSecurity.internalDispatches()).permitAll();
            requests.requestMatchers(KitSecurity.OPEN).permitAll();
            // the verifiable log (export, checkpoints, keys): oversight and Planeación, never open, never a secretariat
            requests.requestMatchers("/api/audit/**").hasAnyRole(Identity.OVERSIGHT, Identity.PLANNING);
            if (settings.readsArePublic()) {
                requests.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
            }
            requests.anyRequest().authenticated();
        });
        return http.build();
    }

    @Bean
    public WritePolicy writePolicy(DependencyParents parents) {
        return new WritePolicy(parents);
    }
}
