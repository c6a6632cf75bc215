package uk.nexus.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** How passwords are hashed and checked, for the server and the command-line tools alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** The id of the current hash in stored values ({@code {argon2id}$argon2id$v=19$m=19456,t=2,p=1$…}). */
    static final String CURRENT = "argon2id";

    /**
     * Argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane, 16-byte salt, 32-byte
     * hash) for new hashes; bcrypt hashes written before still verify and are rehashed with Argon2id at
     * the user's next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                CURRENT,
                Map.of(
                        CURRENT,
                        new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    LoginThrottle loginThrottle(
            @Value("${nexus.security.login.max-failures-per-user:5}") int perUser,
            @Value("${nexus.security.login.max-failures-per-address:20}") int perAddress,
            @Value("${nexus.security.login.lockout:15m}") Duration lockout) {
        return new LoginThrottle(perUser, perAddress, lockout, Clock.systemUTC());
    }

    /**
     * The one authentication provider of both filter chains: user name and password against the
     * {@code (:User)} nodes, behind the login throttle.
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService users,
            UserDetailsPasswordService upgrades,
            PasswordEncoder passwords,
            LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwords);
        dao.setUserDetailsPasswordService(upgrades);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String user = authentication.getName();
                String address =
                        authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
                Duration wait = throttle.blockedFor(user, address);
                if (wait != null) {
                    throw new LoginThrottledException(wait);
                }
                try {
                    Authentication result = dao.authenticate(authentication);
                    throttle.succeeded(user);
                    return result;
                } catch (BadCredentialsException e) {
                    throttle.failed(user, address);
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }
}
