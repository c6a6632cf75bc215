package uk.nexus.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the access log.
 *
 * @param key the secret the hash chain is keyed with (HMAC-SHA-256), at least 32 characters,
 *     environment variable {@code NEXUS_AUDIT_KEY}. Kept outside the database, so that someone who
 *     can write to Neo4j but does not hold the key cannot rewrite the log and its chain unnoticed.
 *     The demo profile has a published key; anywhere else it must be set.
 */
@ConfigurationProperties("nexus.audit")
public record AuditProperties(@Nullable String key) {

    /** The shortest key accepted. */
    public static final int MIN_KEY_LENGTH = 32;

    public AuditProperties {
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("The access log needs a key of at least " + MIN_KEY_LENGTH
                    + " characters: set NEXUS_AUDIT_KEY (nexus.audit.key). Keep it safe and outside the database;"
                    + " the log cannot be verified without it.");
        }
    }
}
