package co.pactos.kit.history;

import co.pactos.kit.security.KitSecurity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Histories are audit data: {@code GET {resource}/history} needs a valid token even while the service's other reads
 * are public ({@code pactos.security.public-reads}); which token reads which history is {@link HistoryAccess}'s.
 * A filter chain of its own, ahead of the service's, so the service's chain stays as it is.
 */
@Configuration(proxyBeanMethods = false)
public class HistorySecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    public SecurityFilterChain historyFilterChain(HttpSecurity http, JwtAuthenticationConverter converter) throws Exception {
        KitSecurity.apply(http, converter)
                .securityMatcher(HistorySecurity::isHistory)
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(KitSecurity.internalDispatches()).permitAll();
                    requests.anyRequest().authenticated();
                });
        return http.build();
    }

    /** {@code GET /api/<kind>/<id>[/...]/history}: at least a kind and an id before it ({@code /api/goals/history} is goal "history"). */
    static boolean isHistory(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return HttpMethod.GET.matches(request.getMethod()) && uri.startsWith("/api/") && uri.endsWith("/history")
                && uri.split("/").length >= 5;
    }
}
