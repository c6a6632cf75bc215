package uk.nexus.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import uk.nexus.web.ProblemResponses;

/**
 * HTTP security of the REST API ({@code /api/**}) and the actuator: HTTP Basic, no session, errors as
 * RFC 9457 problem details. Each feature's paths are open to the roles of docs/security.md (the same
 * {@link Access} expressions as the services' {@code @PreAuthorize}, which decide per operation); an
 * endpoint that exists but is listed nowhere is denied to everyone, while an unknown path still
 * answers 404. A sign-in refused by the {@link LoginThrottle} answers 429 with {@code Retry-After}.
 * When an identity provider is configured ({@link OidcProperties}), its bearer tokens are accepted too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
public class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemResponses problems,
            @Lazy @Qualifier("requestMappingHandlerMapping") HandlerMapping handlers,
            ObjectProvider<JwtDecoder> identityProvider,
            OidcProperties oidc)
            throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                problems.tooManyAttempts(request, response, throttled.retryAfter());
            } else {
                problems.unauthorized(request, response, exception);
            }
        };
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET, "/api/openapi", "/api/openapi.yaml", "/api/openapi/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator", "/actuator/**")
                        .denyAll()
                        .requestMatchers("/api/audit/**", "/api/equality/**")
                        .access(rule(Access.AUDIT))
                        .requestMatchers("/api/review/**")
                        .access(rule(Access.REVIEW))
                        .requestMatchers("/api/subjects/*/network/export", "/api/disclosure/**")
                        .access(rule(Access.EXPORT))
                        .requestMatchers(HttpMethod.GET, "/api/resolution/subjects/*")
                        .access(rule(Access.READ_RECORDS))
                        .requestMatchers("/api/resolution/**")
                        .access(rule(Access.RESOLVE))
                        .requestMatchers(HttpMethod.GET, "/api/analysis/**")
                        .access(rule(Access.ANALYSE))
                        .requestMatchers("/api/subjects/**", "/api/groups/**")
                        .access(rule(Access.READ_RECORDS))
                        .requestMatchers(HttpMethod.PUT, "/api/referral-originators/*")
                        .access(rule(Access.ADMINISTER))
                        .requestMatchers("/api/imports", "/api/imports/**")
                        .access(rule(Access.ADMINISTER))
                        .requestMatchers("/api/referrals", "/api/referrals/**", "/api/reports/referrals/**")
                        .access(rule(Access.WORK_REFERRALS))
                        .requestMatchers(HttpMethod.GET, "/api/referral-originators")
                        .access(rule(Access.WORK_REFERRALS))
                        .requestMatchers(
                                "/api/custody-events",
                                "/api/custody-events/**",
                                "/api/alerts",
                                "/api/alerts/**",
                                "/api/alert-rules",
                                "/api/alert-rules/**",
                                "/api/watchlists",
                                "/api/watchlists/**")
                        .access(rule(Access.ANALYSE))
                        .requestMatchers(unmapped(handlers))
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.realmName("Nexus API").authenticationEntryPoint(entryPoint))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                // Stateless and credentials on every request, never from a cookie: no CSRF exposure.
                .csrf(csrf -> csrf.disable());
        JwtDecoder tokens = identityProvider.getIfAvailable();
        if (tokens != null) {
            // An identity provider is configured: its bearer tokens are accepted beside HTTP Basic, with
            // the user name and roles taken from the claims nexus.security.oidc names.
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(entryPoint)
                    .jwt(jwt -> jwt.decoder(tokens)
                            .jwtAuthenticationConverter(token -> new JwtAuthenticationToken(
                                    token,
                                    oidc.authorities(token.getClaims()),
                                    oidc.username(token.getClaims(), token.getSubject())))));
        }
        return http.build();
    }

    /** Requests the firewall refuses: problem details on the API, the plain 400 elsewhere. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        RequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
        return (request, response, rejection) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.rejected(request, response);
            } else {
                plain.handle(request, response, rejection);
            }
        };
    }

    private static WebExpressionAuthorizationManager rule(String expression) {
        return new WebExpressionAuthorizationManager(expression);
    }

    /** Requests no controller answers: let them through to the 404 problem response. */
    private static RequestMatcher unmapped(HandlerMapping handlers) {
        return request -> {
            Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            try {
                ServletRequestPathUtils.parseAndCache(request);
                return handlers.getHandler(request) == null;
            } catch (Exception methodOrMediaTypeMismatch) {
                return false;
            } finally {
                restore(request, previous);
            }
        };
    }

    private static void restore(HttpServletRequest request, Object previous) {
        if (previous == null) {
            request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        } else {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
        }
    }
}
