package uk.nexus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessLog;
import uk.nexus.security.internal.UserAccount;
import uk.nexus.security.internal.UserAccountRepository;

class SecurityBasicsIT extends GraphIT {

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder passwords;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor basic(String user, String password) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(user, password);
    }

    @Test
    void new_passwords_are_hashed_with_argon2id_and_old_bcrypt_hashes_are_upgraded_at_sign_in() throws Exception {
        assertThat(passwords.encode("secret")).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");
        users.save(new UserAccount(
                "legacy",
                "Legacy user",
                "{bcrypt}" + new BCryptPasswordEncoder().encode("old-password-1"),
                Set.of(Role.ANALYST),
                true,
                Instant.now()));
        mvc.perform(get("/api/groups")
                        .with(basic("legacy", "old-password-1"))
                        .header(AccessLog.PURPOSE_HEADER, TEST_PURPOSE)
                        .with(from("198.51.100.1")))
                .andExpect(status().isOk());
        assertThat(users.findById("legacy").orElseThrow().getPasswordHash()).startsWith("{argon2id}");
        mvc.perform(get("/api/groups")
                        .with(basic("legacy", "old-password-1"))
                        .header(AccessLog.PURPOSE_HEADER, TEST_PURPOSE)
                        .with(from("198.51.100.1")))
                .andExpect(status().isOk());
    }

    @Test
    void repeated_failures_lock_the_user_even_against_the_right_password_with_429_and_retry_after() throws Exception {
        users.save(new UserAccount(
                "guessed", "Target", passwords.encode("right-password-1"), Set.of(Role.ANALYST), true, Instant.now()));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/groups").with(basic("guessed", "wrong-" + i)).with(from("203.0.113." + (10 + i))))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/groups")
                        .with(basic("guessed", "right-password-1"))
                        .header(AccessLog.PURPOSE_HEADER, TEST_PURPOSE)
                        .with(from("203.0.113.99")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/too-many-attempts"));
    }

    @Test
    void repeated_failures_from_one_address_block_that_address_for_every_user() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/groups").with(basic("nobody-" + i, "x")).with(from("192.0.2.66")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/groups").with(as(Role.ANALYST)).with(from("192.0.2.66")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/groups").with(as(Role.ANALYST)).with(from("192.0.2.67")))
                .andExpect(status().isOk());
    }

    @Test
    void api_responses_carry_the_security_headers_and_hsts_only_over_tls() throws Exception {
        mvc.perform(get("/api/groups").with(as(Role.ANALYST)))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/groups").secure(true).with(as(Role.ANALYST)))
                .andExpect(header().string(
                                "Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=31536000")));
    }

    @Test
    void a_session_cookie_never_authenticates_the_api() throws Exception {
        var session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(get("/api/groups").with(as(Role.ANALYST)).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/groups").session(session).header(AccessLog.PURPOSE_HEADER, TEST_PURPOSE))
                .andExpect(status().isUnauthorized());
    }
}
