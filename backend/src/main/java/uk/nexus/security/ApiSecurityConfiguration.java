package uk.nexus.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import uk.nexus.web.ProblemResponses;

/**
 * HTTP security of the REST API ({@code /api/**}) and the actuator: HTTP Basic, no session, every
 * request authenticated except the OpenAPI document and the health check; errors as RFC 9457
 * problem details. Method security ({@code @PreAuthorize} on the feature services) decides what
 * each role may do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
public class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/api/openapi", "/api/openapi/**")
                                .permitAll()
                                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.realmName("Nexus API").authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless and credentials on every request, never from a cookie: no CSRF exposure.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
