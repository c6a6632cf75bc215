package uk.nexus.audit;

import java.util.List;

/**
 * Who an access-log entry is attributed to when there is no signed-in user: a command-line tool or
 * Nexus itself. Signed-in users (UI, API) are taken from the security context.
 *
 * @param user the name written to the log
 * @param roles roles, if any
 * @param channel through what
 */
public record Actor(String user, List<String> roles, Channel channel) {

    public Actor {
        roles = List.copyOf(roles);
    }

    /** The operating-system user running a command-line tool. */
    public static Actor commandLine() {
        return new Actor("cli:" + System.getProperty("user.name", "unknown"), List.of(), Channel.CLI);
    }

    /** Nexus itself (start-up tasks). */
    public static Actor system() {
        return new Actor("system", List.of(), Channel.SYSTEM);
    }
}
