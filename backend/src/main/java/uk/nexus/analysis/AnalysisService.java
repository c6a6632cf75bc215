package uk.nexus.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jgrapht.GraphPath;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.nexus.analysis.internal.AnalysisQueries;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Records;
import uk.nexus.graph.BatageljZaversnikCoreness;
import uk.nexus.graph.BrandesBetweenness;
import uk.nexus.graph.Closeness;
import uk.nexus.graph.CompactUndirectedGraph;
import uk.nexus.graph.Degree;
import uk.nexus.graph.EgoNetwork;
import uk.nexus.graph.HarmonicCloseness;
import uk.nexus.graph.KeyPlayerFragmentation;
import uk.nexus.graph.KeyPlayerSet;
import uk.nexus.graph.Louvain;
import uk.nexus.graph.Partition;
import uk.nexus.graph.PowerIterationEigenvector;
import uk.nexus.graph.PowerIterationPageRank;
import uk.nexus.graph.RiondatoKornaropoulosBetweenness;
import uk.nexus.graph.TieStrengthShortestPaths;
import uk.nexus.harm.GroupPriority;
import uk.nexus.harm.HarmService;
import uk.nexus.model.PageOf;
import uk.nexus.projection.Projection;
import uk.nexus.projection.ProjectionFilter;
import uk.nexus.projection.ProjectionService;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.NotFoundException;

/**
 * Network analysis on the cached projections, for users (REST and UI): every method that returns
 * people checks the role ({@link Access#ANALYSE}) and logs a consultation of each person shown. Scores
 * are cached per (filter, measure) until the projection is reloaded (decision 0301).
 */
@Service
public class AnalysisService {

    /** Largest page of a ranking. */
    public static final int MAX_PAGE_SIZE = 500;

    /** Most paths of a k-shortest-paths query. */
    public static final int MAX_PATHS = 10;

    /** Most hops of an ego network. */
    public static final int MAX_RADIUS = 4;

    /** Most subjects in an ego network. */
    public static final int MAX_EGO_NODES = 5_000;

    /** Most key players. */
    public static final int MAX_KEY_PLAYERS = 50;

    /** Sampled betweenness: the bound holds with probability 1 − δ. */
    static final double DELTA = 0.1;

    private final ProjectionService projections;
    private final HarmService harm;
    private final AnalysisQueries queries;
    private final AccessLog accessLog;
    private final Clock clock;
    private final int exactBetweennessLimit;
    private final double betweennessEpsilon;
    private final Map<String, Scored> scored = new ConcurrentHashMap<>();
    private volatile @Nullable VictimsCached victims;

    private record VictimsCached(String fingerprint, Set<String> ids) {}

    /**
     * A measure's scores on one projection.
     *
     * @param scores every subject of the projection
     * @param method how they were computed
     * @param errorBound sampled betweenness' ε, else {@code null}
     * @param version the projection version (fingerprint) they belong to
     */
    public record Scored(
            Map<String, Double> scores,
            String method,
            @Nullable Double errorBound,
            String version) {}

    AnalysisService(
            ProjectionService projections,
            HarmService harm,
            AnalysisQueries queries,
            AccessLog accessLog,
            Clock clock,
            @Value("${nexus.analysis.exact-betweenness-limit:5000}") int exactBetweennessLimit,
            @Value("${nexus.analysis.betweenness-epsilon:0.02}") double betweennessEpsilon) {
        this.projections = projections;
        this.harm = harm;
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
        this.exactBetweennessLimit = exactBetweennessLimit;
        if (!(betweennessEpsilon > 0 && betweennessEpsilon < 1)) {
            throw new IllegalArgumentException("nexus.analysis.betweenness-epsilon must be in (0, 1)");
        }
        this.betweennessEpsilon = betweennessEpsilon;
    }

    // ---- figures for other features (not logged: they show nobody by themselves) ----------------

    /**
     * Every subject's score on a measure over a projection, cached; for the explorer (size by
     * centrality, colour by harm) and the benchmark. Callers that show the people log them.
     */
    public Scored scores(Measure measure, ProjectionFilter filter) {
        Projection projection = projections.projection(filter);
        if (measure == Measure.HARM) {
            var table = harm.table();
            Map<String, Double> all = new HashMap<>(Math.max(16, projection.subjectCount() * 2));
            for (String id : projection.graph().vertexList()) {
                all.put(id, table.harm().getOrDefault(id, 0.0));
            }
            table.harm().forEach(all::putIfAbsent);
            return new Scored(all, harmMethod(), null, table.fingerprint());
        }
        if (measure == Measure.NETWORK_HARM) {
            return new Scored(harm.networkHarm(filter), networkHarmMethod(), null, projection.version());
        }
        String key = measure + "|" + filter.describe();
        Scored cached = scored.get(key);
        if (cached != null && cached.version().equals(projection.version())) {
            return cached;
        }
        Scored computed = compute(measure, projection);
        scored.put(key, computed);
        return computed;
    }

    private Scored compute(Measure measure, Projection p) {
        var s = p.snapshot();
        String v = p.version();
        return switch (measure) {
            case DEGREE ->
                new Scored(new Degree<>(s, Degree.Direction.BOTH).getScores(), "degree: number of ties", null, v);
            case BETWEENNESS -> {
                if (p.subjectCount() <= exactBetweennessLimit) {
                    yield new Scored(
                            new BrandesBetweenness<>(s, true).getScores(),
                            "betweenness, exact (Brandes), tie length 1/strength, normalised like networkx",
                            null,
                            v);
                }
                var rk = new RiondatoKornaropoulosBetweenness<>(s, betweennessEpsilon, DELTA, 42L);
                yield new Scored(
                        rk.getScores(),
                        "betweenness, sampled (Riondato-Kornaropoulos, " + rk.getSampleSize()
                                + " samples): each score within ±" + rk.getErrorBound()
                                + " of the exact normalised value with probability " + (1 - DELTA)
                                + " (more than " + exactBetweennessLimit + " subjects)",
                        rk.getErrorBound(),
                        v);
            }
            case CLOSENESS ->
                new Scored(
                        new Closeness<>(s, Closeness.Variant.REACHABLE_ONLY).getScores(),
                        "closeness over the reachable subjects (r/D), tie length 1/strength",
                        null,
                        v);
            case HARMONIC ->
                new Scored(
                        new HarmonicCloseness<>(s).getScores(),
                        "harmonic closeness Σ 1/d, tie length 1/strength",
                        null,
                        v);
            case EIGENVECTOR ->
                new Scored(
                        new PowerIterationEigenvector<>(s).getScores(),
                        "eigenvector centrality (power iteration), weight = tie strength",
                        null,
                        v);
            case PAGERANK ->
                new Scored(
                        new PowerIterationPageRank<>(s).getScores(),
                        "PageRank, damping 0.85, weight = tie strength",
                        null,
                        v);
            case KCORE -> {
                Map<String, Double> core = new HashMap<>();
                new BatageljZaversnikCoreness<>(s).getScores().forEach((k, c) -> core.put(k, c.doubleValue()));
                yield new Scored(core, "k-core number (Batagelj-Zaversnik)", null, v);
            }
            case HARM, NETWORK_HARM -> throw new IllegalStateException("not a centrality: " + measure);
        };
    }

    // ---- for users --------------------------------------------------------------------------

    /** A page of subjects ranked by {@code measure}; logged as a consultation of the subjects shown. */
    @PreAuthorize(Access.ANALYSE)
    public SubjectRanking rankSubjects(Measure measure, ProjectionFilter filter, int page, int size) {
        checkPage(page, size);
        return accessLog.consult(
                "analysis.ranking",
                () -> ranking(measure, filter, page, size),
                r -> r.items().stream().map(i -> Records.subject(i.subjectId())).toList(),
                r -> "measure=" + measure + " " + filter.describe() + " page=" + page + " size=" + size + " total="
                        + r.total());
    }

    private SubjectRanking ranking(Measure measure, ProjectionFilter filter, int page, int size) {
        Projection projection = projections.projection(filter);
        Scored s = scores(measure, filter);
        Set<String> excluded = victimsOnly();
        Map<String, Double> ownHarm = harm.table().harm();
        List<Map.Entry<String, Double>> ranked = s.scores().entrySet().stream()
                .filter(e -> !excluded.contains(e.getKey()))
                .filter(e -> measure != Measure.HARM || e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        int fromIndex = (int) Math.min((long) page * size, ranked.size());
        List<Map.Entry<String, Double>> slice = ranked.subList(fromIndex, Math.min(ranked.size(), fromIndex + size));
        Map<String, String> names =
                queries.names(slice.stream().map(Map.Entry::getKey).toList());
        CompactUndirectedGraph<String> g = projection.graph();
        List<RankedSubject> items = new ArrayList<>();
        for (int i = 0; i < slice.size(); i++) {
            String id = slice.get(i).getKey();
            int v = g.indexOf(id);
            int degree = v < 0 ? 0 : g.endIncident(v) - g.firstIncident(v);
            double h = ownHarm.getOrDefault(id, 0.0);
            String explanation = switch (measure) {
                case HARM -> "harm " + round(h) + "; contributions at /api/analysis/subjects/" + id + "/harm";
                case NETWORK_HARM ->
                    "harm of the people within two ties; contributions at /api/analysis/subjects/" + id
                            + "/network-harm";
                default -> degree + " ties in the projection; own harm " + round(h);
            };
            items.add(new RankedSubject(
                    fromIndex + i + 1,
                    id,
                    names.getOrDefault(id, id),
                    slice.get(i).getValue(),
                    h,
                    explanation));
        }
        return new SubjectRanking(
                measure,
                filter.describe(),
                s.method(),
                s.errorBound(),
                projection.subjectCount(),
                projection.linkCount(),
                projection.loadedAt(),
                List.copyOf(items),
                page,
                size,
                ranked.size());
    }

    /** A page of gangs and OCGs by priority (optionally one type); logs the members named in it. */
    @PreAuthorize(Access.ANALYSE)
    public PageOf<GroupPriority> rankGroups(@Nullable String type, int page, int size) {
        checkPage(page, size);
        if (type != null && !type.equals("GANG") && !type.equals("OCG")) {
            throw new BadRequestException("type", "must be GANG or OCG");
        }
        return accessLog.consult(
                "analysis.groups",
                () -> {
                    List<GroupPriority> all = harm.groupPriorities().stream()
                            .filter(gp -> type == null || gp.type().equals(type))
                            .toList();
                    int from = (int) Math.min((long) page * size, all.size());
                    return new PageOf<>(
                            List.copyOf(all.subList(from, Math.min(all.size(), from + size))), page, size, all.size());
                },
                p -> {
                    List<String> keys = new ArrayList<>();
                    for (GroupPriority gp : p.items()) {
                        keys.add(Records.key("Group", gp.groupId()));
                        gp.topMembers().forEach(m -> keys.add(Records.subject(m.subjectId())));
                    }
                    return keys;
                },
                p -> "type=" + type + " page=" + page + " size=" + size + " total=" + p.total());
    }

    /** Up to {@code k} shortest paths between two subjects; logs every subject on them. */
    @PreAuthorize(Access.ANALYSE)
    public Paths paths(String source, String target, int k, ProjectionFilter filter) {
        if (k < 1 || k > MAX_PATHS) {
            throw new BadRequestException("k", "must be between 1 and " + MAX_PATHS);
        }
        return accessLog.consult(
                "analysis.paths",
                () -> findPaths(source, target, k, filter),
                p -> p.paths().stream()
                        .flatMap(sp -> sp.subjects().stream())
                        .distinct()
                        .map(Records::subject)
                        .toList(),
                p -> "source=" + source + " target=" + target + " k=" + k + " " + filter.describe() + " found="
                        + p.paths().size());
    }

    private Paths findPaths(String source, String target, int k, ProjectionFilter filter) {
        Projection projection = projections.projection(filter);
        requireInProjection(projection, source, "source");
        requireInProjection(projection, target, "target");
        if (source.equals(target)) {
            throw new BadRequestException("target", "is the same subject as source");
        }
        CompactUndirectedGraph<String> g = projection.graph();
        List<GraphPath<String, Integer>> found = new TieStrengthShortestPaths<>(g).getPaths(source, target, k);
        List<List<String>> pairs = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (GraphPath<String, Integer> path : found) {
            people.addAll(path.getVertexList());
            for (Integer e : path.getEdgeList()) {
                pairs.add(List.of(g.getEdgeSource(e), g.getEdgeTarget(e)));
            }
        }
        Map<String, List<LinkEvidence>> evidence = queries.evidence(pairs, filter, LocalDate.now(clock));
        Map<String, String> names = queries.names(people);
        List<SubjectPath> paths = new ArrayList<>();
        for (GraphPath<String, Integer> path : found) {
            List<Tie> ties = new ArrayList<>();
            for (Integer e : path.getEdgeList()) {
                ties.add(tie(g, e, evidence));
            }
            paths.add(new SubjectPath(
                    paths.size() + 1,
                    path.getWeight(),
                    List.copyOf(path.getVertexList()),
                    path.getVertexList().stream()
                            .map(id -> names.getOrDefault(id, id))
                            .toList(),
                    List.copyOf(ties)));
        }
        return new Paths(
                source,
                target,
                filter.describe(),
                "k shortest loopless paths (Yen over Dijkstra), tie length 1/strength",
                List.copyOf(paths));
    }

    /** The ego network of a subject; logs every subject in it. */
    @PreAuthorize(Access.ANALYSE)
    public EgoNetworkView ego(String subjectId, int radius, ProjectionFilter filter, int maxNodes) {
        if (radius < 1 || radius > MAX_RADIUS) {
            throw new BadRequestException("radius", "must be between 1 and " + MAX_RADIUS);
        }
        if (maxNodes < 1 || maxNodes > MAX_EGO_NODES) {
            throw new BadRequestException("maxNodes", "must be between 1 and " + MAX_EGO_NODES);
        }
        return accessLog.consult(
                "analysis.ego",
                () -> egoNetwork(subjectId, radius, filter, maxNodes),
                e -> e.members().stream()
                        .map(m -> Records.subject(m.subjectId()))
                        .toList(),
                e -> "ego=" + subjectId + " radius=" + radius + " " + filter.describe() + " members="
                        + e.members().size() + " ties=" + e.ties().size() + (e.truncated() ? " truncated" : ""));
    }

    private EgoNetworkView egoNetwork(String subjectId, int radius, ProjectionFilter filter, int maxNodes) {
        Projection projection = projections.projection(filter);
        requireInProjection(projection, subjectId, "id");
        CompactUndirectedGraph<String> g = projection.graph();
        Map<String, Integer> distances = new EgoNetwork<>(g).getDistances(subjectId, radius);
        List<String> kept = distances.keySet().stream()
                .sorted(Comparator.comparing((String id) -> distances.get(id)).thenComparing(id -> id))
                .limit(maxNodes)
                .toList();
        Set<String> inside = new HashSet<>(kept);
        List<List<String>> pairs = new ArrayList<>();
        List<Integer> edges = new ArrayList<>();
        for (String id : kept) {
            int v = g.indexOf(id);
            for (int i = g.firstIncident(v); i < g.endIncident(v); i++) {
                int e = g.incidentEdge(i);
                int u = g.opposite(e, v);
                if (u > v && inside.contains(g.vertex(u))) {
                    edges.add(e);
                    pairs.add(List.of(g.getEdgeSource(e), g.getEdgeTarget(e)));
                }
            }
        }
        Map<String, List<LinkEvidence>> evidence = queries.evidence(pairs, filter, LocalDate.now(clock));
        Map<String, String> names = queries.names(kept);
        Map<String, Double> own = harm.table().harm();
        List<EgoNetworkView.Member> members = kept.stream()
                .map(id -> {
                    int v = g.indexOf(id);
                    return new EgoNetworkView.Member(
                            id,
                            names.getOrDefault(id, id),
                            distances.get(id),
                            own.getOrDefault(id, 0.0),
                            g.endIncident(v) - g.firstIncident(v));
                })
                .toList();
        List<Tie> ties = edges.stream().map(e -> tie(g, e, evidence)).toList();
        return new EgoNetworkView(subjectId, radius, filter.describe(), members, ties, kept.size() < distances.size());
    }

    /** Communities (Louvain) of a projection, a page at a time; logs the members shown. */
    @PreAuthorize(Access.ANALYSE)
    public Communities communities(ProjectionFilter filter, int page, int size) {
        checkPage(page, size);
        return accessLog.consult(
                "analysis.communities",
                () -> findCommunities(filter, page, size),
                c -> c.items().stream()
                        .flatMap(x -> x.members().stream())
                        .map(Records::subject)
                        .toList(),
                c -> filter.describe() + " modularity=" + round(c.modularity()) + " communities=" + c.total() + " page="
                        + page);
    }

    private final Map<String, PartitionCached> partitions = new ConcurrentHashMap<>();

    private record PartitionCached(String version, Partition<String> partition) {}

    private Communities findCommunities(ProjectionFilter filter, int page, int size) {
        Projection projection = projections.projection(filter);
        String key = filter.describe();
        PartitionCached cached = partitions.get(key);
        if (cached == null || !cached.version().equals(projection.version())) {
            cached = new PartitionCached(projection.version(), new Louvain<>(projection.snapshot()).getPartition());
            partitions.put(key, cached);
        }
        Partition<String> partition = cached.partition();
        Map<String, Double> own = harm.table().harm();
        CompactUndirectedGraph<String> g = projection.graph();
        List<Set<String>> all = partition.communities();
        int from = (int) Math.min((long) page * size, all.size());
        List<Communities.Community> items = new ArrayList<>();
        for (int c = from; c < Math.min(all.size(), from + size); c++) {
            Set<String> members = all.get(c);
            double h = 0;
            int internal = 0;
            for (String m : members) {
                h += own.getOrDefault(m, 0.0);
                int v = g.indexOf(m);
                for (int i = g.firstIncident(v); i < g.endIncident(v); i++) {
                    int u = g.opposite(g.incidentEdge(i), v);
                    if (u > v && members.contains(g.vertex(u))) {
                        internal++;
                    }
                }
            }
            List<String> ordered = members.stream()
                    .sorted(Comparator.comparing((String m) -> -own.getOrDefault(m, 0.0))
                            .thenComparing(m -> m))
                    .toList();
            items.add(new Communities.Community(c, members.size(), h, internal, ordered));
        }
        return new Communities(
                filter.describe(),
                "Louvain (seed " + Louvain.DEFAULT_SEED + ", resolution 1), weight = tie strength",
                partition.modularity(),
                List.copyOf(items),
                page,
                size,
                all.size());
    }

    /** The {@code k} key players of a projection and the fragmentation before and after; logs them. */
    @PreAuthorize(Access.ANALYSE)
    public Disruption disruption(ProjectionFilter filter, int k) {
        if (k < 1 || k > MAX_KEY_PLAYERS) {
            throw new BadRequestException("k", "must be between 1 and " + MAX_KEY_PLAYERS);
        }
        return accessLog.consult(
                "analysis.disruption",
                () -> keyPlayers(filter, k),
                d -> d.players().stream()
                        .map(p -> Records.subject(p.subjectId()))
                        .toList(),
                d -> filter.describe() + " k=" + k + " F " + round(d.fragmentationBefore()) + " -> "
                        + round(d.fragmentationAfter()));
    }

    private Disruption keyPlayers(ProjectionFilter filter, int k) {
        Projection projection = projections.projection(filter);
        CompactUndirectedGraph<String> g = projection.graph();
        if (k > projection.subjectCount()) {
            throw new BadRequestException("k", "is more than the " + projection.subjectCount() + " subjects");
        }
        KeyPlayerSet<String> set = new KeyPlayerFragmentation<>(projection.snapshot(), k).getKeyPlayers();
        List<Integer> before = componentSizes(g, Set.of());
        List<Integer> after = componentSizes(g, new HashSet<>(set.players()));
        Map<String, String> names = queries.names(set.players());
        Map<String, Double> own = harm.table().harm();
        List<Disruption.KeyPlayer> players = new ArrayList<>();
        for (String id : set.players()) {
            int v = g.indexOf(id);
            players.add(new Disruption.KeyPlayer(
                    id,
                    names.getOrDefault(id, id),
                    g.endIncident(v) - g.firstIncident(v),
                    own.getOrDefault(id, 0.0),
                    fragmentation(componentSizes(g, Set.of(id)))));
        }
        return new Disruption(
                filter.describe(),
                k,
                "KPP-Neg (Borgatti 2006): greedy then improvement swaps; F over the remaining subjects",
                List.copyOf(players),
                set.fragmentationBefore(),
                set.fragmentationAfter(),
                before.size(),
                after.size(),
                before.isEmpty() ? 0 : before.get(0),
                after.isEmpty() ? 0 : after.get(0));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static List<Integer> componentSizes(CompactUndirectedGraph<String> g, Set<String> removed) {
        int n = g.vertexList().size();
        boolean[] seen = new boolean[n];
        for (String r : removed) {
            seen[g.indexOf(r)] = true;
        }
        List<Integer> sizes = new ArrayList<>();
        int[] stack = new int[n];
        for (int s = 0; s < n; s++) {
            if (seen[s]) {
                continue;
            }
            int top = 0;
            int size = 0;
            stack[top++] = s;
            seen[s] = true;
            while (top > 0) {
                int v = stack[--top];
                size++;
                for (int i = g.firstIncident(v); i < g.endIncident(v); i++) {
                    int u = g.opposite(g.incidentEdge(i), v);
                    if (!seen[u]) {
                        seen[u] = true;
                        stack[top++] = u;
                    }
                }
            }
            sizes.add(size);
        }
        sizes.sort(Comparator.reverseOrder());
        return sizes;
    }

    private static double fragmentation(List<Integer> sizes) {
        long n = 0;
        long pairs = 0;
        for (int s : sizes) {
            n += s;
            pairs += (long) s * (s - 1);
        }
        return n < 2 ? 1.0 : 1.0 - pairs / ((double) n * (n - 1));
    }

    private Set<String> victimsOnly() {
        String fingerprint = projections.fingerprint();
        VictimsCached cached = victims;
        if (cached == null || !cached.fingerprint().equals(fingerprint)) {
            cached = new VictimsCached(fingerprint, Set.copyOf(queries.victimsOnly()));
            victims = cached;
        }
        return cached.ids();
    }

    private void requireInProjection(Projection projection, String subjectId, String field) {
        if (!projection.contains(subjectId)) {
            if (!queries.exists(subjectId)) {
                throw new NotFoundException("subject", subjectId);
            }
            throw new BadRequestException(field, "subject " + subjectId + " is past its review date: not analysed");
        }
    }

    private static Tie tie(CompactUndirectedGraph<String> g, int e, Map<String, List<LinkEvidence>> evidence) {
        String a = g.getEdgeSource(e);
        String b = g.getEdgeTarget(e);
        List<LinkEvidence> items = new ArrayList<>(evidence.getOrDefault(a + "\t" + b, List.of()));
        return new Tie(a, b, g.getEdgeWeight(e), List.copyOf(items));
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    private String harmMethod() {
        return "subject harm: Σ offence weight (offence table, days) × evidence weight (conviction 1.0, charge or"
                + " caution 0.7, arrest 0.4, no further action 0.2, intelligence 0.3 scaled by grade) × 0.5^(age /"
                + " half-life)";
    }

    private String networkHarmMethod() {
        return "network harm: Σ β·w·harm over direct ties + Σ β²·w·w'·harm over two-tie paths (β = 0.5)";
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
