package uk.nexus.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.nexus.ui.audit.AccessLogView;
import uk.nexus.ui.subject.SubjectSearchView;

/** The landing page: operational roles go straight to subject search; others see what is theirs. */
@Route("")
@PageTitle("Nexus")
@PermitAll
class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final AuthenticationContext auth;

    HomeView(AuthenticationContext auth) {
        this.auth = auth;
        add(new H2("Nexus"), new Paragraph("Your role has no views in this version yet beyond this page."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (Views.canReadRecords(auth)) {
            event.forwardTo(SubjectSearchView.class);
        } else if (Views.canAudit(auth)) {
            event.forwardTo(AccessLogView.class);
        }
    }
}
