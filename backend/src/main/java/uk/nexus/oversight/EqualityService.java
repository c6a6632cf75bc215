package uk.nexus.oversight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.nexus.audit.AccessEvent;
import uk.nexus.audit.AccessLog;
import uk.nexus.oversight.internal.OversightQueries;
import uk.nexus.oversight.internal.OversightQueries.Person;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;

/**
 * Equality monitoring for auditors: are any nationalities or ethnicities over-represented among
 * referrals and at the top of the harm ranking, compared with the custody population? Reads
 * nationality and ethnicity only here and in referral eligibility — never for a score.
 */
@Service
public class EqualityService {

    static final String NOT_RECORDED = "NOT RECORDED";
    static final String PURPOSE = "equality monitoring";

    /** The largest ranking compared. */
    public static final int MAX_TOP_N = 10_000;

    private final OversightQueries queries;
    private final HarmFigures harm;
    private final AccessLog accessLog;
    private final EqualityProperties properties;

    EqualityService(OversightQueries queries, HarmFigures harm, AccessLog accessLog, EqualityProperties properties) {
        this.queries = queries;
        this.harm = harm;
        this.accessLog = accessLog;
        this.properties = properties;
    }

    /** The report with the configured size of ranking. */
    @PreAuthorize(Access.AUDIT)
    public EqualityReport report() {
        return report(properties.topN());
    }

    /** The report comparing the top {@code topN} of the ranking. */
    @PreAuthorize(Access.AUDIT)
    public EqualityReport report(int topN) {
        if (topN < 1 || topN > MAX_TOP_N) {
            throw new BadRequestException("topN", "must be between 1 and " + MAX_TOP_N);
        }
        List<Person> custody = queries.custodyPopulation();
        List<Person> foreign =
                custody.stream().filter(EqualityService::foreignNational).toList();
        List<Person> referred = queries.referred();
        List<Person> ranked = queries.people(harm.top(topN));
        double ratio = properties.disproportionRatio();
        int min = properties.minCount();
        EqualityReport report = new EqualityReport(
                Instant.now(),
                ratio,
                min,
                topN,
                "interim: sum of offence harm days over in-review offender/suspect involvements and convictions"
                        + " (see HarmFigures)",
                custody.size(),
                foreign.size(),
                referred.size(),
                ranked.size(),
                rows(custody, foreign, referred, ranked, EqualityService::nationalities, ratio, min),
                rows(custody, foreign, referred, ranked, EqualityService::ethnicity, ratio, min));
        long flags = report.nationality().stream()
                        .filter(r -> r.referredFlag() || r.rankedFlag())
                        .count()
                + report.ethnicity().stream()
                        .filter(r -> r.referredFlag() || r.rankedFlag())
                        .count();
        accessLog.record(AccessEvent.consultation(
                "equality.report",
                List.of(),
                PURPOSE,
                "topN=" + topN + " custody=" + custody.size() + " referred=" + referred.size() + " flags=" + flags));
        return report;
    }

    private static boolean foreignNational(Person p) {
        return !p.nationalities().isEmpty() && !p.nationalities().contains("GBR");
    }

    private static Map<String, Double> nationalities(Person p) {
        if (p.nationalities().isEmpty()) {
            return Map.of(NOT_RECORDED, 1.0);
        }
        Map<String, Double> parts = new TreeMap<>();
        for (String n : new TreeSet<>(p.nationalities())) {
            parts.put(n, 1.0 / new TreeSet<>(p.nationalities()).size());
        }
        return parts;
    }

    private static Map<String, Double> ethnicity(Person p) {
        return Map.of(p.ethnicity() == null || p.ethnicity().isBlank() ? NOT_RECORDED : p.ethnicity(), 1.0);
    }

    private static List<EqualityReport.Row> rows(
            List<Person> custody,
            List<Person> foreign,
            List<Person> referred,
            List<Person> ranked,
            Function<Person, Map<String, Double>> groups,
            double ratio,
            int min) {
        Map<String, Double> c = tally(custody, groups);
        Map<String, Double> f = tally(foreign, groups);
        Map<String, Double> r = tally(referred, groups);
        Map<String, Double> t = tally(ranked, groups);
        TreeSet<String> all = new TreeSet<>();
        all.addAll(c.keySet());
        all.addAll(r.keySet());
        all.addAll(t.keySet());
        List<EqualityReport.Row> rows = new ArrayList<>();
        for (String g : all) {
            double cs = share(c, g, custody.size());
            double fs = share(f, g, foreign.size());
            double rs = share(r, g, referred.size());
            double ts = share(t, g, ranked.size());
            Double referredRatio = fs > 0 ? rs / fs : null;
            Double rankedRatio = cs > 0 ? ts / cs : null;
            rows.add(new EqualityReport.Row(
                    g,
                    c.getOrDefault(g, 0.0),
                    cs,
                    f.getOrDefault(g, 0.0),
                    fs,
                    r.getOrDefault(g, 0.0),
                    rs,
                    referredRatio,
                    flag(referredRatio, rs > 0 && r.get(g) >= min, ratio),
                    t.getOrDefault(g, 0.0),
                    ts,
                    rankedRatio,
                    flag(rankedRatio, ts > 0 && t.get(g) >= min, ratio)));
        }
        return List.copyOf(rows);
    }

    private static boolean flag(@Nullable Double value, boolean bigEnough, double ratio) {
        return bigEnough && (value == null || value >= ratio);
    }

    private static Map<String, Double> tally(Collection<Person> people, Function<Person, Map<String, Double>> groups) {
        Map<String, Double> counts = new TreeMap<>();
        for (Person p : people) {
            groups.apply(p).forEach((g, part) -> counts.merge(g, part, Double::sum));
        }
        return counts;
    }

    private static double share(Map<String, Double> counts, String group, int total) {
        return total == 0 ? 0.0 : counts.getOrDefault(group, 0.0) / total;
    }
}
