package uk.nexus.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nexus.audit.AccessEntry;
import uk.nexus.audit.AuditFilter;
import uk.nexus.audit.AuditService;
import uk.nexus.audit.ChainVerification;
import uk.nexus.audit.Operation;
import uk.nexus.web.BadRequestException;

/** The access log for auditors: filter by user, subject, period and operation; export as CSV; verify the chain. */
@Route("audit/log")
@PageTitle("Access log · Nexus")
@RolesAllowed("AUDITOR")
public class AccessLogView extends VerticalLayout {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final TextField user = new TextField("User");
    private final TextField subject = new TextField("Subject id");
    private final DatePicker from = new DatePicker("From (UTC)");
    private final DatePicker to = new DatePicker("To (UTC)");
    private final Select<@Nullable Operation> operation = new Select<>();
    private final Grid<AccessEntry> grid = new Grid<>();
    private final Span summary = new Span();
    private final Span chain = new Span();
    private AuditFilter filter = AuditFilter.all();

    AccessLogView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        user.setId("filter-user");
        subject.setId("filter-subject");
        operation.setLabel("Operation");
        operation.setItems(java.util.Arrays.asList(Operation.values()));
        operation.setEmptySelectionAllowed(true);
        operation.setEmptySelectionCaption("any");
        Button apply = new Button("Filter", e -> refresh());
        apply.setId("filter-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    audit.exportCsv(filter, out);
                    byte[] bytes = out.toByteArray();
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes), "access-log.csv", "text/csv", bytes.length);
                }),
                "Download CSV");
        csv.setId("download-csv");
        Button verify = new Button("Verify chain", e -> verify());
        verify.setId("verify-chain");
        chain.setId("chain-status");
        HorizontalLayout filters = new HorizontalLayout(user, subject, from, to, operation, apply, csv);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout checks = new HorizontalLayout(verify, chain);
        checks.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addColumn(AccessEntry::seq).setHeader("#").setAutoWidth(true);
        grid.addColumn(e -> AT.format(e.at())).setHeader("When (UTC)").setAutoWidth(true);
        grid.addColumn(e -> e.user() + " (" + String.join(", ", e.roles()).toLowerCase(Locale.ROOT) + ")")
                .setHeader("Who")
                .setAutoWidth(true);
        grid.addColumn(AccessEntry::channel).setHeader("Via").setAutoWidth(true);
        grid.addColumn(AccessEntry::operation).setHeader("Operation").setAutoWidth(true);
        grid.addColumn(AccessEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.records().size() <= 3
                        ? String.join(", ", e.records())
                        : String.join(", ", e.records().subList(0, 3)) + " +"
                                + (e.records().size() - 3))
                .setHeader("Records")
                .setAutoWidth(true);
        grid.addColumn(e -> e.justification() == null ? "" : e.justification())
                .setHeader("Why")
                .setResizable(true);
        grid.addColumn(e -> e.recipient() == null ? "" : e.recipient()).setHeader("To");
        grid.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setHeader("Detail")
                .setResizable(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("access-log");
        grid.setSizeFull();
        summary.addClassName("summary");
        add(new H2("Access log"), filters, checks, summary, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        try {
            filter = new AuditFilter(
                    blank(user.getValue()),
                    blank(subject.getValue()),
                    from.getValue(),
                    to.getValue(),
                    operation.getValue());
            long total = audit.count(filter);
            summary.setText(total + (total == 1 ? " entry" : " entries"));
            AuditFilter current = filter;
            grid.setItems(q -> audit.search(current, q.getOffset(), q.getLimit()).stream(), q ->
                    (int) Math.min(Integer.MAX_VALUE, audit.count(current)));
        } catch (BadRequestException e) {
            summary.setText(e.field() + ": " + e.getMessage());
        }
    }

    private void verify() {
        ChainVerification v = audit.verify(null, null);
        chain.setText(
                v.intact()
                        ? "Chain intact: " + v.entries() + " entries, head " + v.headSeq() + " " + v.headHash()
                        : "Chain BROKEN at entry " + v.firstBrokenSeq() + ": " + String.join("; ", v.problems()));
        chain.setClassName(v.intact() ? "badge victim" : "badge offender");
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
