package uk.nexus.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Applies handling codes to anything that is about to leave Nexus. For each item: unrestricted
 * (3x5x2 P, 5x5x5 1, or no grade) it goes as it is, grade and handling code included; restricted
 * (3x5x2 C, 5x5x5 2–5) it goes only to a recipient cleared for that code and then always with its
 * conditions attached ({@link #conditionsOf}); otherwise it is withheld and a {@link Redaction} takes
 * its place. The caller shows the redactions in what it discloses and logs them with the disclosure
 * ({@link uk.nexus.audit.AccessLog}).
 *
 * <p>Usage (a referral's evidence pack, an export): {@code Redacted r =
 * redactor.redact(items, recipients.get("HOIE", "recipient"));} then disclose {@code r.released()} and
 * list {@code r.redactions()}.
 */
@Component
public class Redactor {

    /**
     * The conditions that travel with a restricted item: the originator's, where recorded, else a
     * statement that conditions apply and whom to ask; null for an unrestricted item.
     */
    public static @Nullable String conditionsOf(DisclosureItem item) {
        if (!item.restricted()) {
            return item.handlingConditions();
        }
        if (item.handlingConditions() != null && !item.handlingConditions().isBlank()) {
            return item.handlingConditions();
        }
        return "Handling code " + item.handling() + " (" + item.gradeScheme() + "): the originator's conditions apply;"
                + " obtain them from " + (item.originator() == null ? "the originator" : item.originator())
                + " before any further use.";
    }

    /** Splits {@code items} into what {@code recipient} may receive and what is withheld. */
    public Redacted redact(Collection<DisclosureItem> items, Recipient recipient) {
        List<DisclosureItem> released = new ArrayList<>();
        List<Redaction> redactions = new ArrayList<>();
        for (DisclosureItem item : items) {
            if (recipient.mayReceive(item.gradeScheme(), item.handling())) {
                released.add(item.restricted() ? withConditions(item) : item);
            } else {
                redactions.add(new Redaction(
                        item.key(),
                        item.kind(),
                        item.gradeScheme(),
                        item.grade(),
                        item.handling(),
                        "handling code " + item.handling() + " (" + item.gradeScheme() + "): " + recipient.name()
                                + " is not cleared for it",
                        item.originator()));
            }
        }
        return new Redacted(recipient, List.copyOf(released), List.copyOf(redactions));
    }

    private static DisclosureItem withConditions(DisclosureItem item) {
        return new DisclosureItem(
                item.key(),
                item.kind(),
                item.gradeScheme(),
                item.grade(),
                item.handling(),
                conditionsOf(item),
                item.originator(),
                item.content());
    }
}
