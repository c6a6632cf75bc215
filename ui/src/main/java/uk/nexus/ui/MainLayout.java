package uk.nexus.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import uk.nexus.ui.group.GroupsView;
import uk.nexus.ui.referral.ReferralReportsView;
import uk.nexus.ui.referral.ReferralsView;
import uk.nexus.ui.referral.TrackerView;
import uk.nexus.ui.subject.SubjectSearchView;

/** The frame around every view: the app name, the signed-in user, navigation by what the user may do. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
        Span brand = new Span("Nexus");
        brand.addClassName("brand");
        String user = auth.getPrincipalName().orElse("");
        String roles = auth.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()).toLowerCase(java.util.Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(", "));
        Span who = new Span(user + " (" + roles + ")");
        who.addClassName("who");
        Button logout = new Button("Sign out", e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who, logout);
        header.addClassName("header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(who);
        addToNavbar(header);

        SideNav nav = new SideNav();
        if (Views.canReadRecords(auth)) {
            nav.addItem(new SideNavItem("Subjects", SubjectSearchView.class, VaadinIcon.SEARCH.create()));
            nav.addItem(new SideNavItem("Gangs & OCGs", GroupsView.class, VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem("Referrals", ReferralsView.class, VaadinIcon.INBOX.create()));
            nav.addItem(new SideNavItem("High-harm tracker", TrackerView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
            nav.addItem(new SideNavItem("Referral reports", ReferralReportsView.class, VaadinIcon.CHART.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
