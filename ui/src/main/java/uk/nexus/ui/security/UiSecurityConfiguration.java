package uk.nexus.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import uk.nexus.security.OidcProperties;

/**
 * Security of the Vaadin UI: form login on the login view (behind the same login throttle as the API),
 * every view access-checked by its annotations, CSRF protection for everything but Vaadin's own
 * protected requests, and the security headers: a Content-Security-Policy as strict as Vaadin Flow
 * allows (its bootstrap needs inline script and eval, and inline styles), no framing, no referrer, no
 * MIME sniffing, and HSTS on requests that arrived over TLS. The REST API has its own chain (HTTP
 * Basic) that is consulted first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UiSecurityConfiguration {

    /** What Vaadin Flow needs and nothing more: same origin only, inline script and eval for its client engine. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(
            HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders, OidcProperties oidc)
            throws Exception {
        if (identityProviders.getIfAvailable() != null) {
            // The force's identity provider: sign-in by the authorisation code flow from the same login
            // page, with the user name and Nexus roles taken from the ID token and user info claims.
            OidcUserService users = new OidcUserService();
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(request -> {
                        OidcUser user = users.loadUser(request);
                        return new DefaultOidcUser(
                                oidc.authorities(user.getClaims()),
                                user.getIdToken(),
                                user.getUserInfo(),
                                user.getClaims().containsKey(oidc.usernameClaim())
                                        ? oidc.usernameClaim()
                                        : IdTokenClaimNames.SUB);
                    })));
        }
        // The application's own stylesheets are public (the login page needs them); nothing else is.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**").permitAll());
        http.headers(headers -> {
            // Vaadin's pages are forwarded to its servlet; write the headers before that, not on commit.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                    .frameOptions(frames -> frames.deny())
                    .httpStrictTransportSecurity(
                            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
