package uk.nexus.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import uk.nexus.audit.AccessEntry;

/**
 * The hash of an access-log entry: HMAC-SHA-256, keyed with the configured secret, over a canonical
 * encoding of every field and the previous entry's hash. Each field is written as its length in
 * UTF-16 units, a colon and the value (a null as {@code -1:}), so no two different entries encode
 * alike.
 */
public final class EntryHasher {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public EntryHasher(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hash {@code entry} must carry (its own {@code hash} field is ignored). */
    public String hash(AccessEntry entry) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical(entry).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    static String canonical(AccessEntry e) {
        StringBuilder s = new StringBuilder(256);
        field(s, Long.toString(e.seq()));
        field(s, DateTimeFormatter.ISO_INSTANT.format(e.at()));
        field(s, e.user());
        list(s, e.roles());
        field(s, e.channel().name());
        field(s, e.operation().name());
        field(s, e.action());
        list(s, e.records());
        field(s, e.justification());
        field(s, e.recipient());
        field(s, e.detail());
        field(s, e.previousHash());
        return s.toString();
    }

    private static void list(StringBuilder s, List<String> values) {
        field(s, Integer.toString(values.size()));
        values.forEach(v -> field(s, v));
    }

    private static void field(StringBuilder s, @Nullable String value) {
        if (value == null) {
            s.append("-1:");
        } else {
            s.append(value.length()).append(':').append(value);
        }
        s.append('\n');
    }
}
