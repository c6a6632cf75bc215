package uk.nexus.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Nexus")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView(
            @Value("${nexus.demo.enabled:false}") boolean demo,
            ObjectProvider<ClientRegistrationRepository> identityProviders) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        H1 title = new H1("Nexus");
        title.addClassName("login-title");
        Paragraph purpose = new Paragraph("Offender network analysis. Every access is recorded. After five failed"
                + " sign-ins an account is locked for 15 minutes.");
        purpose.addClassName("login-purpose");
        add(title, purpose, form);
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                ClientRegistration registration = (ClientRegistration) r;
                Anchor signIn = new Anchor(
                        "oauth2/authorization/" + registration.getRegistrationId(),
                        "Sign in with " + registration.getClientName());
                // A full page load: the authorisation request leaves the single-page application.
                signIn.setRouterIgnore(true);
                signIn.addClassName("login-oidc");
                add(signIn);
            }
        }
        if (demo) {
            Div hint = new Div(new Span("Demo: sign in as analyst, detective, supervisor, referrals, auditor or admin;"
                    + " the password is demo- followed by the name (e.g. demo-analyst). Synthetic data only."));
            hint.addClassName("login-demo-hint");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
        }
    }
}
