package uk.nexus.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused because of too many recent failures for the user name or from the address. */
public class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toMinutes()) + " minute(s).");
        this.retryAfter = retryAfter;
    }

    /** How long until a sign-in is accepted again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
