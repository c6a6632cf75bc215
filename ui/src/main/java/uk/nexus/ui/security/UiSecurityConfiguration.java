package uk.nexus.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the Vaadin UI: form login on the login view, every view access-checked by its
 * annotations, CSRF protection for everything but Vaadin's own protected requests. The REST API has
 * its own chain (HTTP Basic) that is consulted first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UiSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        // The application's own stylesheets are public (the login page needs them); nothing else is.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
