package uk.nexus.ui.oversight;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nexus.oversight.EqualityReport;
import uk.nexus.oversight.EqualityService;

/** Equality monitoring for auditors: nationality and ethnicity mix of referrals and of the harm ranking against custody. */
@Route("audit/equality")
@PageTitle("Equality monitoring · Nexus")
@RolesAllowed("AUDITOR")
class EqualityView extends VerticalLayout {

    private final EqualityService equality;
    private final IntegerField topN = new IntegerField("Top of the harm ranking");
    private final Paragraph summary = new Paragraph();
    private final Grid<EqualityReport.Row> nationality = grid("nationality-grid");
    private final Grid<EqualityReport.Row> ethnicity = grid("ethnicity-grid");

    EqualityView(EqualityService equality) {
        this.equality = equality;
        topN.setMin(1);
        topN.setMax(EqualityService.MAX_TOP_N);
        topN.setStepButtonsVisible(true);
        Button run = new Button("Run report", e -> run());
        run.setId("equality-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(topN, run);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        summary.setId("equality-summary");
        add(
                new H2("Equality monitoring"),
                bar,
                summary,
                new H3("Nationality"),
                nationality,
                new H3("Ethnicity (self-defined, where recorded)"),
                ethnicity);
        run();
    }

    private void run() {
        EqualityReport r = topN.getValue() == null ? equality.report() : equality.report(topN.getValue());
        topN.setValue(r.topN());
        summary.setText(String.format(
                Locale.UK,
                "Custody population %d (foreign nationals %d); referred %d; top %d of the harm ranking (%s)."
                        + " Flagged: a group whose share is at least %.2f times its share of the baseline, with at"
                        + " least %d people. Referrals are compared with foreign nationals in custody, the ranking"
                        + " with all of custody.",
                r.custody(),
                r.foreignCustody(),
                r.referred(),
                r.ranked(),
                r.harmRule(),
                r.ratio(),
                r.minCount()));
        nationality.setItems(r.nationality());
        ethnicity.setItems(r.ethnicity());
    }

    private static Grid<EqualityReport.Row> grid(String id) {
        Grid<EqualityReport.Row> g = new Grid<>();
        g.addColumn(EqualityReport.Row::group).setHeader("Group").setAutoWidth(true);
        g.addColumn(r -> count(r.custody(), r.custodyShare())).setHeader("In custody");
        g.addColumn(r -> count(r.foreignCustody(), r.foreignCustodyShare())).setHeader("Foreign nationals in custody");
        g.addColumn(r -> count(r.referred(), r.referredShare())).setHeader("Referred");
        g.addColumn(r -> ratio(r.referredRatio(), r.referredFlag())).setHeader("Referral ratio");
        g.addColumn(r -> count(r.ranked(), r.rankedShare())).setHeader("Top of ranking");
        g.addColumn(r -> ratio(r.rankedRatio(), r.rankedFlag())).setHeader("Ranking ratio");
        g.setPartNameGenerator(r -> r.referredFlag() || r.rankedFlag() ? "flagged" : null);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        g.setId(id);
        return g;
    }

    private static String count(double n, double share) {
        return String.format(
                Locale.UK,
                "%s (%.1f%%)",
                n == Math.rint(n) ? String.valueOf((long) n) : String.format(Locale.UK, "%.1f", n),
                share * 100);
    }

    private static String ratio(@Nullable Double ratio, boolean flag) {
        String text = ratio == null ? "n/a" : String.format(Locale.UK, "%.2f", ratio);
        return flag ? text + " ⚑ DISPROPORTIONATE" : text;
    }
}
