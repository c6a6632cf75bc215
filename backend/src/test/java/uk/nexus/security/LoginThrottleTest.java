package uk.nexus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2025-06-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void a_user_is_locked_after_too_many_failures_until_the_oldest_leaves_the_window() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blockedFor("Analyst", "10.0.0.1")).isNull();
            throttle.failed("analyst", "10.0.0." + i);
            now = now.plusSeconds(60);
        }
        assertThat(throttle.blockedFor("ANALYST ", "10.9.9.9")).isEqualTo(Duration.ofMinutes(12));
        now = now.plus(Duration.ofMinutes(12)).plusSeconds(1);
        assertThat(throttle.blockedFor("analyst", "10.9.9.9")).isNull();
    }

    @Test
    void an_address_is_blocked_after_failures_across_many_user_names() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.blockedFor("someone-else", "192.0.2.7")).isNotNull();
        assertThat(throttle.blockedFor("someone-else", "192.0.2.8")).isNull();
    }

    @Test
    void a_success_clears_the_users_failures() {
        throttle.failed("detective", "10.0.0.1");
        throttle.failed("detective", "10.0.0.1");
        throttle.succeeded("detective");
        throttle.failed("detective", "10.0.0.1");
        assertThat(throttle.blockedFor("detective", null)).isNull();
    }
}
