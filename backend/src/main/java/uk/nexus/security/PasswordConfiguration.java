package uk.nexus.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed, for the server and the command-line tools alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** Delegating encoder: bcrypt for new hashes, older formats still verified and upgradable. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
