package uk.nexus.ui.referral;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import uk.nexus.referral.EvidenceItem;
import uk.nexus.referral.ReferralState;

/** What the referral views share: badges and how to report a refusal. */
final class ReferralUi {

    private ReferralUi() {}

    static Span state(ReferralState state) {
        Span s = new Span(state.name().toLowerCase(Locale.ROOT));
        s.setClassName("badge state-" + state.name().toLowerCase(Locale.ROOT));
        return s;
    }

    static String grade(EvidenceItem e) {
        return e.grade() == null
                ? e.basis().toLowerCase(Locale.ROOT)
                : e.gradeScheme() + " " + e.grade() + "/" + e.handling();
    }

    /** True for handling codes that carry conditions: 3x5x2 C, 5x5x5 2–5. */
    static boolean restricted(EvidenceItem e) {
        return e.handling() != null
                && ("3x5x2".equals(e.gradeScheme())
                        ? e.handling().equals("C")
                        : e.handling().matches("[2-5]"));
    }

    static void refused(RuntimeException e) {
        Notification n = Notification.show(e.getMessage(), 8_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
