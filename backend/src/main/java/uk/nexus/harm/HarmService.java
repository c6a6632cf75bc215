package uk.nexus.harm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Records;
import uk.nexus.graph.CompactUndirectedGraph;
import uk.nexus.harm.internal.HarmQueries;
import uk.nexus.harm.internal.HarmQueries.Offending;
import uk.nexus.projection.Grade;
import uk.nexus.projection.Projection;
import uk.nexus.projection.ProjectionFilter;
import uk.nexus.projection.ProjectionService;
import uk.nexus.security.Access;
import uk.nexus.web.NotFoundException;

/**
 * Harm scores and their explanations (design §4, decisions 0303–0305).
 *
 * <p><b>Subject harm</b> = Σ over the subject's OFFENDER/SUSPECT involvements in incidents in review,
 * and its convictions that conclude no UK incident (overseas ones count like UK ones, flagged), of
 * {@code offence weight × evidence weight × recency}: the offence's harm days from the versioned
 * offence table (at least 1); the evidence weight of the outcome (conviction 1.0 &gt; charge/caution
 * &gt; arrest &gt; no further action; intelligence scaled by its grade); and {@code 0.5^(age /
 * half-life)}. The same incident counts once per subject (its strongest evidence). Victim, witness
 * and other roles add nothing; past-review subjects and incidents count nothing. Nationality,
 * ethnicity and immigration status are not read.
 *
 * <p><b>Network harm</b>: see {@link NetworkHarm}. <b>Group priority</b>: see {@link GroupPriority}.
 *
 * <p>Methods that show people to a user check the role and log the consultation; the "system"
 * methods ({@link #scores()}, {@link #table()}, {@link #networkHarm}, {@link #groupPriorities()})
 * return figures for other features (oversight, rankings, the benchmark), which log what they show.
 */
@Service
public class HarmService {

    /** Capabilities that count for group priority, strongest first, with their value. */
    static final Map<String, Double> CAPABILITY_VALUE = capabilityValues();

    private final HarmQueries queries;
    private final ProjectionService projections;
    private final HarmSettings settings;
    private final Clock clock;
    private final AccessLog accessLog;
    private volatile @Nullable HarmTable table;
    private final Map<ProjectionFilter, Propagated> propagated = new ConcurrentHashMap<>();
    private volatile @Nullable GroupsCached groups;

    private record Propagated(String fingerprint, Map<String, Double> scores) {}

    private record GroupsCached(String fingerprint, List<GroupPriority> priorities) {}

    HarmService(
            HarmQueries queries,
            ProjectionService projections,
            Environment environment,
            Clock clock,
            AccessLog accessLog) {
        this.queries = queries;
        this.projections = projections;
        this.settings =
                Binder.get(environment).bind("nexus.harm", HarmSettings.class).orElseGet(HarmSettings::defaults);
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** The settings in force (half-life, evidence weights, network decay). */
    public HarmSettings settings() {
        return settings;
    }

    // ---- system figures ----------------------------------------------------------------------

    /**
     * Every subject with harm above zero and its harm, read fresh from the database (no cache): for
     * oversight, which decides retention on it and must see every write at once.
     */
    public Map<String, Double> scores() {
        return compute(LocalDate.now(clock), "fresh").harm();
    }

    /** Every subject's harm, cached until the graph changes (decision 0301): for rankings. */
    public HarmTable table() {
        String fingerprint = projections.fingerprint();
        HarmTable current = table;
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current;
        }
        synchronized (this) {
            current = table;
            if (current == null || !current.fingerprint().equals(fingerprint)) {
                current = compute(LocalDate.now(clock), fingerprint);
                table = current;
            }
            return current;
        }
    }

    /** Network harm of every subject of the projection (0 for none), cached per filter and graph version. */
    public Map<String, Double> networkHarm(ProjectionFilter filter) {
        Projection projection = projections.projection(filter);
        HarmTable harm = table();
        String key = projection.version() + "|" + harm.fingerprint();
        Propagated cached = propagated.get(filter);
        if (cached != null && cached.fingerprint().equals(key)) {
            return cached.scores();
        }
        Map<String, Double> scores = propagate(projection, harm.harm(), settings.networkBeta());
        propagated.put(filter, new Propagated(key, scores));
        return scores;
    }

    /** Every gang and OCG in review with its priority, highest first (cached per graph version). */
    public List<GroupPriority> groupPriorities() {
        HarmTable harm = table();
        GroupsCached cached = groups;
        if (cached != null && cached.fingerprint().equals(harm.fingerprint())) {
            return cached.priorities();
        }
        List<GroupPriority> priorities = GroupPrioritisation.rank(
                queries.groups(LocalDate.now(clock)), harm, projections.projection(ProjectionFilter.associations()));
        groups = new GroupsCached(harm.fingerprint(), priorities);
        return priorities;
    }

    // ---- explanations for users ---------------------------------------------------------------

    /**
     * A subject's harm with every contribution, read fresh; logged as a consultation of the subject.
     *
     * @throws NotFoundException if there is no such subject
     */
    @PreAuthorize(Access.ANALYSE)
    public SubjectHarm explain(String subjectId) {
        return accessLog.consult(
                "harm.explain",
                () -> subjectHarm(subjectId),
                h -> List.of(Records.subject(h.subjectId())),
                h -> "harm=" + round(h.harm()) + " contributions="
                        + h.contributions().size());
    }

    /**
     * A snapshot of a subject's harm and its explanation, for the referral feature to store with a
     * referral. Not logged here: the referral step that takes it logs the consultation.
     *
     * @throws NotFoundException if there is no such subject
     */
    @PreAuthorize(Access.READ_RECORDS)
    public SubjectHarm snapshot(String subjectId) {
        return subjectHarm(subjectId);
    }

    /**
     * A subject's harm and its explanation, read fresh, for other features' system work that shows
     * nobody by itself (alert rules deciding whether a person in custody is high harm). No role check
     * and not logged: the caller logs whatever it shows.
     *
     * @throws NotFoundException if there is no such subject
     */
    public SubjectHarm current(String subjectId) {
        return subjectHarm(subjectId);
    }

    /**
     * A subject's network harm with the contributions of the people around it; logged as a
     * consultation of the subject and every contributor listed.
     *
     * @throws NotFoundException if there is no such subject in the projection
     */
    @PreAuthorize(Access.ANALYSE)
    public NetworkHarm explainNetworkHarm(String subjectId, ProjectionFilter filter) {
        return accessLog.consult(
                "harm.network.explain",
                () -> networkHarmOf(subjectId, filter),
                n -> {
                    List<String> keys = new ArrayList<>();
                    keys.add(Records.subject(n.subjectId()));
                    n.contributions().stream()
                            .map(NetworkHarm.Contribution::subjectId)
                            .distinct()
                            .forEach(id -> keys.add(Records.subject(id)));
                    return keys;
                },
                n -> filter.describe() + " networkHarm=" + round(n.networkHarm()));
    }

    /** The explanation of a subject's network harm, without logging (callers log). */
    public NetworkHarm networkHarmOf(String subjectId, ProjectionFilter filter) {
        Projection projection = projections.projection(filter);
        CompactUndirectedGraph<String> g = projection.graph();
        int v = g.indexOf(subjectId);
        if (v < 0) {
            if (queries.pastReview(subjectId, LocalDate.now(clock)).isEmpty()) {
                throw new NotFoundException("subject", subjectId);
            }
            return new NetworkHarm(subjectId, 0, settings.networkBeta(), List.of(), 0, 0, filter.describe());
        }
        Map<String, Double> harm = table().harm();
        double beta = settings.networkBeta();
        List<NetworkHarm.Contribution> all = new ArrayList<>();
        for (int i = g.firstIncident(v); i < g.endIncident(v); i++) {
            int e = g.incidentEdge(i);
            int x = g.opposite(e, v);
            double wvx = g.weight(e);
            String xid = g.vertex(x);
            double hx = harm.getOrDefault(xid, 0.0);
            if (hx > 0) {
                all.add(new NetworkHarm.Contribution(xid, 1, null, beta * wvx, hx, beta * wvx * hx));
            }
            for (int j = g.firstIncident(x); j < g.endIncident(x); j++) {
                int f = g.incidentEdge(j);
                int u = g.opposite(f, x);
                if (u == v) {
                    continue;
                }
                String uid = g.vertex(u);
                double hu = harm.getOrDefault(uid, 0.0);
                if (hu > 0) {
                    double factor = beta * beta * wvx * g.weight(f);
                    all.add(new NetworkHarm.Contribution(uid, 2, xid, factor, hu, factor * hu));
                }
            }
        }
        all.sort(Comparator.comparingDouble(NetworkHarm.Contribution::contribution)
                .reversed()
                .thenComparing(NetworkHarm.Contribution::subjectId));
        double total = 0;
        for (NetworkHarm.Contribution c : all) {
            total += c.contribution();
        }
        List<NetworkHarm.Contribution> listed = all.subList(0, Math.min(all.size(), NetworkHarm.MAX_LISTED));
        double omitted = 0;
        for (int i = listed.size(); i < all.size(); i++) {
            omitted += all.get(i).contribution();
        }
        return new NetworkHarm(
                subjectId, total, beta, List.copyOf(listed), all.size() - listed.size(), omitted, filter.describe());
    }

    // ---- computation ------------------------------------------------------------------------------

    private SubjectHarm subjectHarm(String subjectId) {
        LocalDate today = LocalDate.now(clock);
        boolean past =
                queries.pastReview(subjectId, today).orElseThrow(() -> new NotFoundException("subject", subjectId));
        Map<String, HarmContribution> strongest = new LinkedHashMap<>();
        for (Offending o : queries.offendingOf(subjectId, today)) {
            keepStrongest(strongest, contribution(o, today));
        }
        List<HarmContribution> items = new ArrayList<>(strongest.values());
        items.sort(Comparator.comparingDouble(HarmContribution::harm)
                .reversed()
                .thenComparing(HarmContribution::recordId));
        double total = 0;
        for (HarmContribution c : items) {
            total += c.harm();
        }
        return new SubjectHarm(
                subjectId,
                total,
                List.copyOf(items),
                queries.offenceTableVersion(),
                settings.halfLifeYears(),
                today,
                past);
    }

    private HarmTable compute(LocalDate today, String fingerprint) {
        // Per subject, the strongest contribution of each record, summed.
        Map<String, Map<String, Double>> perRecord = new HashMap<>();
        Map<String, Set<String>> capabilities = new HashMap<>();
        queries.offending(today, o -> {
            HarmContribution c = contribution(o, today);
            if (c.harm() <= 0) {
                return;
            }
            perRecord
                    // Sorted by record, so the sum is the same to the last bit whatever order the rows came in.
                    .computeIfAbsent(o.subject(), k -> new TreeMap<>())
                    .merge(c.kind() + ":" + c.recordId(), c.harm(), Math::max);
            if (c.capability() != null && CAPABILITY_VALUE.containsKey(c.capability())) {
                capabilities.computeIfAbsent(o.subject(), k -> new TreeSet<>()).add(c.capability());
            }
        });
        Map<String, Double> harm = new HashMap<>(Math.max(16, perRecord.size() * 2));
        perRecord.forEach((subject, records) -> {
            double sum = 0;
            for (double h : records.values()) {
                sum += h;
            }
            harm.put(subject, sum);
        });
        return new HarmTable(
                Collections.unmodifiableMap(harm),
                Collections.unmodifiableMap(capabilities),
                queries.offenceTableVersion(),
                today,
                fingerprint);
    }

    private static void keepStrongest(Map<String, HarmContribution> strongest, HarmContribution c) {
        strongest.merge(c.kind() + ":" + c.recordId(), c, (a, b) -> b.harm() > a.harm() ? b : a);
    }

    /** One contribution: offence weight × evidence weight × recency. */
    HarmContribution contribution(Offending o, LocalDate today) {
        double offenceWeight = Math.max(1.0, o.days());
        double evidence = evidenceWeight(o);
        double age = o.date() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(o.date(), today)) / 365.25;
        double recency = Math.pow(0.5, age / settings.halfLifeYears());
        return new HarmContribution(
                o.kind(),
                o.record(),
                o.date(),
                o.code(),
                o.offence(),
                offenceWeight,
                o.capability(),
                o.category(),
                o.outcome(),
                o.basis(),
                o.scheme(),
                o.grade(),
                evidence,
                age,
                recency,
                o.overseas(),
                o.country(),
                o.source(),
                offenceWeight * evidence * recency);
    }

    /**
     * Conviction 1.0 whatever the basis; intelligence (basis ASSESSMENT) is weighted by its grade,
     * an unreadable grade as the weakest; otherwise the outcome's weight.
     */
    double evidenceWeight(Offending o) {
        if ("CONVICTED".equals(o.outcome())) {
            return settings.evidence().getOrDefault("CONVICTED", 1.0);
        }
        if ("ASSESSMENT".equals(o.basis())) {
            Grade g = Grade.of(o.scheme(), o.grade()).orElse(new Grade(3, 'D'));
            return settings.intelligence()
                    * settings.sourceFactor().getOrDefault(String.valueOf(g.source()), 0.0)
                    * settings.intelligenceFactor().getOrDefault(String.valueOf(g.intelligence()), 0.0);
        }
        return settings.evidence().getOrDefault(o.outcome(), 0.0);
    }

    /**
     * Network harm of every vertex: two sparse products, {@code x1 = W·h} and
     * {@code NH = β·x1 + β²·(W·x1 − deg_w ∘ h)} where the subtraction removes the walks that return to
     * the subject itself. {@code O(n + m)}.
     */
    static Map<String, Double> propagate(Projection projection, Map<String, Double> harm, double beta) {
        CompactUndirectedGraph<String> g = projection.graph();
        int n = g.vertexList().size();
        double[] h = new double[n];
        for (int v = 0; v < n; v++) {
            h[v] = harm.getOrDefault(g.vertex(v), 0.0);
        }
        double[] x1 = new double[n];
        double[] selfReturn = new double[n];
        for (int v = 0; v < n; v++) {
            double sum = 0;
            double squares = 0;
            for (int i = g.firstIncident(v); i < g.endIncident(v); i++) {
                int e = g.incidentEdge(i);
                double w = g.weight(e);
                sum += w * h[g.opposite(e, v)];
                squares += w * w;
            }
            x1[v] = sum;
            selfReturn[v] = squares * h[v];
        }
        Map<String, Double> result = new HashMap<>(Math.max(16, n * 2));
        for (int v = 0; v < n; v++) {
            double two = 0;
            for (int i = g.firstIncident(v); i < g.endIncident(v); i++) {
                int e = g.incidentEdge(i);
                two += g.weight(e) * x1[g.opposite(e, v)];
            }
            double nh = beta * x1[v] + beta * beta * (two - selfReturn[v]);
            result.put(g.vertex(v), Math.max(0, nh));
        }
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, Double> capabilityValues() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("FIREARMS", 1.0);
        values.put("SERIOUS_VIOLENCE", 0.7);
        values.put("EXPLOITATION", 0.4);
        values.put("DRUGS", 0.4);
        return Collections.unmodifiableMap(values);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
