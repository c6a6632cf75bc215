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
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import uk.nexus.alert.AlertService;
import uk.nexus.audit.AccessLog;
import uk.nexus.ui.audit.AccessLogView;
import uk.nexus.ui.group.GroupsView;
import uk.nexus.ui.ingest.ImportsView;
import uk.nexus.ui.network.NetworkExplorerView;
import uk.nexus.ui.ranking.RankingsView;
import uk.nexus.ui.referral.ReferralReportsView;
import uk.nexus.ui.referral.ReferralsView;
import uk.nexus.ui.referral.TrackerView;
import uk.nexus.ui.subject.SubjectSearchView;

/** The frame around every view: the app name, the signed-in user, navigation by what the user may do. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AccessLog accessLog;
    private final Span task = new Span();

    public MainLayout(AuthenticationContext auth, AccessLog accessLog, AlertService alerts) {
        this.accessLog = accessLog;
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
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who);
        if (Views.canReadRecords(auth)) {
            // The purpose of the current task, logged with every read; a new task asks again.
            showTask();
            task.addClassName("task");
            task.setId("current-task");
            Button newTask = new Button("New task", e -> {
                accessLog.endTask();
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            newTask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            newTask.setId("new-task");
            header.add(task, newTask);
        }
        header.add(logout);
        header.addClassName("header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(who);
        addToNavbar(header);

        SideNav nav = new SideNav();
        if (Views.canReadRecords(auth)) {
            nav.addItem(new SideNavItem("Subjects", SubjectSearchView.class, VaadinIcon.SEARCH.create()));
            nav.addItem(new SideNavItem("Gangs & OCGs", GroupsView.class, VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem("Network explorer", NetworkExplorerView.class, VaadinIcon.CLUSTER.create()));
            if (Views.canAnalyse(auth)) {
                nav.addItem(new SideNavItem("Rankings", RankingsView.class, VaadinIcon.BAR_CHART_H.create()));
                nav.addItem(new SideNavItem("Custody intake", "custody", VaadinIcon.USER_CHECK.create()));
                // The unread count: alerts nobody has triaged yet (shows no person, so not logged).
                long fresh = alerts.newCount();
                SideNavItem inbox = new SideNavItem(
                        fresh > 0 ? "Alerts (" + fresh + " new)" : "Alerts", "alerts", VaadinIcon.BELL.create());
                inbox.setId("nav-alerts");
                nav.addItem(inbox);
                nav.addItem(new SideNavItem("Duplicate review", "resolution", VaadinIcon.CONNECT.create()));
            }
            nav.addItem(new SideNavItem("Referrals", ReferralsView.class, VaadinIcon.INBOX.create()));
            nav.addItem(new SideNavItem("High-harm tracker", TrackerView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
            nav.addItem(new SideNavItem("Referral reports", ReferralReportsView.class, VaadinIcon.CHART.create()));
        }
        if (Views.canReview(auth)) {
            nav.addItem(new SideNavItem("Review queue", "review", VaadinIcon.CALENDAR_CLOCK.create()));
        }
        if (Views.canAudit(auth)) {
            nav.addItem(new SideNavItem("Access log", AccessLogView.class, VaadinIcon.RECORDS.create()));
            nav.addItem(new SideNavItem("Equality monitoring", "audit/equality", VaadinIcon.SCALE.create()));
        }
        if (Views.canAdminister(auth)) {
            nav.addItem(new SideNavItem("Imports", ImportsView.class, VaadinIcon.UPLOAD.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showTask();
    }

    /** Shows the purpose of the current task; the purpose dialog calls it too once a task starts. */
    public void showTask() {
        task.setText(accessLog.currentPurpose().map(p -> "Task: " + p).orElse("No task started"));
    }
}
