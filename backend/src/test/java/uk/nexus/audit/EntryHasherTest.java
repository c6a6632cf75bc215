package uk.nexus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nexus.audit.internal.EntryHasher;

class EntryHasherTest {

    private final EntryHasher hasher = new EntryHasher("unit-test-key-0123456789abcdef0123");

    private static AccessEntry entry(List<String> records, String detail) {
        return new AccessEntry(
                7,
                Instant.parse("2025-01-02T03:04:05.678Z"),
                "analyst",
                List.of("ANALYST"),
                Channel.API,
                Operation.CONSULTATION,
                "subject.view",
                records,
                "case 123",
                null,
                detail,
                EntryHasher.GENESIS,
                "");
    }

    @Test
    void the_hash_is_stable_and_depends_on_every_field_and_the_key() {
        AccessEntry e = entry(List.of("Subject:T1"), "d");
        assertThat(hasher.hash(e)).hasSize(64).isEqualTo(hasher.hash(e));
        assertThat(hasher.hash(entry(List.of("Subject:T2"), "d"))).isNotEqualTo(hasher.hash(e));
        assertThat(new EntryHasher("another-key-0123456789abcdef012345").hash(e))
                .isNotEqualTo(hasher.hash(e));
    }

    @Test
    void moving_text_between_fields_changes_the_hash() {
        assertThat(hasher.hash(entry(List.of("a", "b"), "c"))).isNotEqualTo(hasher.hash(entry(List.of("a"), "b\nc")));
        assertThat(hasher.hash(entry(List.of("a:b"), ""))).isNotEqualTo(hasher.hash(entry(List.of("a", "b"), "")));
    }
}
