package uk.nexus.ui.referral;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import uk.nexus.harm.HarmContribution;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.ui.Views;

/**
 * A subject's harm and the contributions that add up to it (offence weight × evidence weight × recency),
 * as a referral carries it: intelligence keeps its grade in the explanation.
 */
final class HarmPanel extends Div {

    HarmPanel(String title, SubjectHarm harm, String id) {
        setId(id);
        addClassName("harm-panel");
        setWidthFull();
        add(new H3(title));
        Paragraph summary = new Paragraph("Harm " + format(harm.harm()) + " from "
                + harm.contributions().size() + " offence record(s); offence table " + harm.offenceTable()
                + ", recency half-life " + harm.halfLifeYears() + " years, as of " + Views.DATE.format(harm.asOf())
                + (harm.pastReview() ? ". The record is past its review date: it counts nothing." : "."));
        summary.addClassName("harm-summary");
        add(summary);
        if (harm.contributions().isEmpty()) {
            return;
        }
        Grid<HarmContribution> grid = new Grid<>();
        grid.addColumn(c -> c.date() == null ? "" : Views.DATE.format(c.date()))
                .setHeader("Date")
                .setAutoWidth(true);
        grid.addColumn(c -> c.offence() == null ? c.offenceCode() : c.offence())
                .setHeader("Offence")
                .setFlexGrow(2);
        grid.addColumn(c -> c.kind() + " " + c.recordId() + (c.overseas() ? " (overseas, " + c.country() + ")" : ""))
                .setHeader("Record")
                .setAutoWidth(true);
        grid.addColumn(c -> c.category() + ", " + c.outcome())
                .setHeader("Role, evidence")
                .setAutoWidth(true);
        grid.addColumn(c -> c.grade() == null ? "" : c.gradeScheme() + " " + c.grade())
                .setHeader("Grade")
                .setAutoWidth(true);
        grid.addColumn(c -> format(c.offenceWeight()) + " × " + c.evidenceWeight() + " × " + round(c.recency()))
                .setHeader("Weight × evidence × recency")
                .setAutoWidth(true);
        grid.addColumn(c -> format(c.harm())).setHeader("Harm").setAutoWidth(true);
        grid.setItems(harm.contributions());
        grid.setAllRowsVisible(harm.contributions().size() <= 12);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(grid);
    }

    /** A harm figure as people read it: whole days, thousands separated. */
    static String format(double harm) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(harm);
    }

    private static String round(double v) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
    }
}
