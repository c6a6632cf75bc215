package uk.nexus.disclosure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Disclosure settings.
 *
 * @param marking the protective marking written on every disclosed item (default {@code
 *     OFFICIAL-SENSITIVE})
 * @param recipients who information may be disclosed to, and what each is cleared for
 */
@ConfigurationProperties("nexus.disclosure")
public record DisclosureProperties(
        @Nullable String marking, @Nullable List<Recipient> recipients) {

    public DisclosureProperties {
        marking = marking == null || marking.isBlank() ? "OFFICIAL-SENSITIVE" : marking;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
