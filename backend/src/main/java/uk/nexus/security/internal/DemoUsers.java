package uk.nexus.security.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.nexus.security.Role;

/**
 * In the demo profile only: one user per role, named after the role, password {@code demo-<name>}.
 * Outside the demo profile no account with a default password exists.
 */
@Component
@ConditionalOnProperty(name = "nexus.demo.enabled", havingValue = "true")
@Order(0)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;

    DemoUsers(UserAccountRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            if (users.existsById(name)) {
                continue;
            }
            String display = "Demo " + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            users.save(new UserAccount(
                    name, display, passwords.encode("demo-" + name), Set.of(role), true, Instant.now()));
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo users (password demo-<name>)", created);
        }
    }
}
