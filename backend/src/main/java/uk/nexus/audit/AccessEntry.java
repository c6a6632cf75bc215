package uk.nexus.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the access log as stored: the event, who did it, when and through what, and its place
 * in the hash chain.
 *
 * @param seq position in the log, from 1, without gaps
 * @param at when (UTC, millisecond precision)
 * @param user user name ({@code cli:<os user>} for the command line, {@code system} for Nexus itself)
 * @param roles the user's roles at the time
 * @param channel UI, API, CLI or SYSTEM
 * @param operation the s.62 category
 * @param action what exactly ({@code subject.view}, {@code network.export}…)
 * @param records keys of the records touched
 * @param justification the purpose or reason given
 * @param recipient to whom, for a disclosure
 * @param detail query text, parameters, counts, redactions
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param hash HMAC-SHA-256 of this entry's fields and {@code previousHash}
 */
public record AccessEntry(
        long seq,
        Instant at,
        String user,
        List<String> roles,
        Channel channel,
        Operation operation,
        String action,
        List<String> records,
        @Nullable String justification,
        @Nullable String recipient,
        @Nullable String detail,
        String previousHash,
        String hash) {}
