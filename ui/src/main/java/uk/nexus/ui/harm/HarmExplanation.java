package uk.nexus.ui.harm;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import uk.nexus.harm.HarmContribution;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.ui.Views;

/**
 * A subject's harm and the contributions that add up to it (offence weight × evidence weight ×
 * recency), as the rankings and referrals show it: intelligence keeps its grade in the explanation.
 */
public final class HarmExplanation extends VerticalLayout {

    public HarmExplanation(SubjectHarm h) {
        setPadding(false);
        setSpacing(false);
        addClassName("harm-explanation");
        Span sum = new Span(String.format(
                Locale.UK,
                "Harm %s = Σ offence weight × evidence weight × recency over %d offence record(s) (offence table %s,"
                        + " half-life %.1f years, as of %s)%s",
                format(h.harm()),
                h.contributions().size(),
                h.offenceTable(),
                h.halfLifeYears(),
                Views.DATE.format(h.asOf()),
                h.pastReview() ? "; past its review date, so it counts nothing" : ""));
        sum.addClassNames("explanation-sum", "harm-summary");
        add(sum);
        if (h.contributions().isEmpty()) {
            return;
        }
        Grid<HarmContribution> grid = new Grid<>();
        grid.addClassName("harm-contributions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(c -> c.date() == null ? "" : Views.DATE.format(c.date()))
                .setHeader("Date")
                .setAutoWidth(true);
        grid.addColumn(c -> c.kind() + " " + c.recordId()).setHeader("Record").setAutoWidth(true);
        grid.addColumn(c -> (c.offence() == null ? c.offenceCode() : c.offence())
                        + (c.overseas() ? " (overseas, " + c.country() + ")" : ""))
                .setHeader("Offence")
                .setAutoWidth(true);
        grid.addColumn(c -> c.category().toLowerCase(Locale.ROOT) + ", "
                        + c.outcome().toLowerCase(Locale.ROOT)
                        + (c.grade() == null ? "" : " · " + c.gradeScheme() + " " + c.grade()))
                .setHeader("As / evidence")
                .setAutoWidth(true);
        grid.addColumn(c -> String.format(
                        Locale.UK, "%,.0f × %.2f × %.2f", c.offenceWeight(), c.evidenceWeight(), c.recency()))
                .setHeader("weight × evidence × recency")
                .setAutoWidth(true);
        grid.addColumn(c -> format(c.harm())).setHeader("Harm").setAutoWidth(true);
        grid.setItems(h.contributions());
        if (h.contributions().size() <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("20rem");
        }
        add(grid);
    }

    /** A harm figure as people read it: whole days, thousands separated. */
    public static String format(double harm) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(harm);
    }
}
