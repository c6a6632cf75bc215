package uk.nexus.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for a page that does not exist or that the user's role does not open. Vaadin reports a denied
 * view as not found, so nobody learns from the answer which pages exist.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NoAccessView extends Div implements HasErrorParameter<NotFoundException> {

    NoAccessView() {
        addClassName("no-access");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(
                new H2("Not available"),
                new Paragraph("The page " + event.getLocation().getPath()
                        + " does not exist, or your role does not open it. Use the menu on the left."));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
