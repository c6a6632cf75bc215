package uk.nexus.ui.referral;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The badge of an item whose handling code carries conditions. */
final class SubjectBadge {

    private SubjectBadge() {}

    static Span restricted(@Nullable String conditions) {
        Span s = new Span("restricted");
        s.setClassName("badge warning");
        s.setTitle(conditions == null ? "handling conditions apply" : conditions);
        return s;
    }
}
