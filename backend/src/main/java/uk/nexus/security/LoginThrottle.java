package uk.nexus.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Slows password guessing, for the UI's form login and the API's HTTP Basic alike: after {@code
 * maxPerUser} failed sign-ins for one user name, or {@code maxPerAddress} from one address, within the
 * lockout period, every attempt for that name or from that address is refused — even with the right
 * password — until the oldest failure is older than the lockout period. A success clears the user's
 * failures (not the address's). Kept in memory: each instance of Nexus counts its own attempts.
 */
public class LoginThrottle {

    /** Beyond this many tracked names and addresses, those with no recent failure are forgotten first. */
    static final int MAX_TRACKED = 100_000;

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxPerUser, int maxPerAddress, Duration lockout, Clock clock) {
        if (maxPerUser < 1 || maxPerAddress < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("login throttle limits must be positive");
        }
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long sign-ins for this user or from this address stay refused, or null if they are not. */
    public @Nullable Duration blockedFor(String user, @Nullable String address) {
        Instant now = clock.instant();
        Duration user1 = blocked(userKey(user), maxPerUser, now);
        Duration address1 = address == null ? null : blocked(addressKey(address), maxPerAddress, now);
        if (user1 == null) {
            return address1;
        }
        return address1 == null || user1.compareTo(address1) >= 0 ? user1 : address1;
    }

    /** Records a failed sign-in. */
    public void failed(String user, @Nullable String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.entrySet().removeIf(e -> recent(e.getValue(), now) == 0);
        }
        add(userKey(user), now);
        if (address != null) {
            add(addressKey(address), now);
        }
    }

    /** Records a successful sign-in: the user's failures are forgotten. */
    public void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > Math.max(maxPerUser, maxPerAddress)) {
                times.removeFirst();
            }
        }
    }

    private @Nullable Duration blocked(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        synchronized (times) {
            if (recent(times, now) < max) {
                return null;
            }
            // Blocked until the max-th most recent failure leaves the window.
            Instant[] all = times.toArray(Instant[]::new);
            Instant oldestCounted = all[all.length - max];
            return Duration.between(now, oldestCounted.plus(lockout));
        }
    }

    private int recent(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant since = now.minus(lockout);
            return (int) times.stream().filter(t -> t.isAfter(since)).count();
        }
    }

    private static String userKey(String user) {
        return "user:" + user.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
