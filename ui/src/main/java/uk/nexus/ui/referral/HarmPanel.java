package uk.nexus.ui.referral;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.ui.harm.HarmExplanation;

/** A referral's harm under its heading: the score and the contributions that add up to it. */
final class HarmPanel extends Div {

    HarmPanel(String title, SubjectHarm harm, String id) {
        setId(id);
        addClassName("harm-panel");
        setWidthFull();
        add(new H3(title), new HarmExplanation(harm));
    }
}
