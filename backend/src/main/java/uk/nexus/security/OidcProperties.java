package uk.nexus.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signing in through the force's identity provider (OpenID Connect) instead of, or beside, accounts kept
 * in Nexus. The provider itself is Spring Boot's standard configuration — for the UI a client
 * registration ({@code spring.security.oauth2.client.registration.<id>.*}, sign-in by the authorisation
 * code flow), for the API a resource server ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri},
 * bearer tokens) — and this class says how the provider's claims become a Nexus user.
 *
 * @param usernameClaim the claim that names the user in Nexus and in the access log
 * @param rolesClaim the claim listing the user's Nexus roles: a list, or names separated by spaces or
 *     commas; {@code ANALYST}, {@code analyst} and {@code ROLE_ANALYST} all mean ANALYST, and values that
 *     are not Nexus roles grant nothing
 */
@ConfigurationProperties("nexus.security.oidc")
public record OidcProperties(
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("roles") String rolesClaim) {

    /** The Nexus roles the claims grant, as authorities ({@code ROLE_ANALYST}…); none if the claim is absent. */
    public List<GrantedAuthority> authorities(Map<String, Object> claims) {
        Object value = claims.get(rolesClaim);
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> names.add(String.valueOf(v)));
        } else if (value instanceof String text) {
            names.addAll(Arrays.asList(text.split("[\\s,]+")));
        }
        return names.stream()
                .map(n -> n.strip().toUpperCase(Locale.ROOT))
                .map(n -> n.startsWith("ROLE_") ? n.substring(5) : n)
                .filter(n -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(n)))
                .distinct()
                .<GrantedAuthority>map(n -> new SimpleGrantedAuthority("ROLE_" + n))
                .toList();
    }

    /** The user name the claims give, else {@code fallback} (the subject identifier). */
    public String username(Map<String, Object> claims, String fallback) {
        Object value = claims.get(usernameClaim);
        return value instanceof String name && !name.isBlank() ? name : fallback;
    }
}
