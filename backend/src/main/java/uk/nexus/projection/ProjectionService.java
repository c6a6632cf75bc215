package uk.nexus.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.nexus.graph.CompactUndirectedGraph;
import uk.nexus.graph.GraphSnapshot;
import uk.nexus.projection.internal.ProjectionReader;

/**
 * Loads and caches projections (decision 0301). A projection is loaded once per filter by streaming
 * link records from Neo4j with the raw driver into primitive arrays, then built into a
 * {@link CompactUndirectedGraph}; it is never rebuilt per request. Each use compares the cached
 * projection's {@linkplain #fingerprint() fingerprint} (the {@code GraphVersion} writers bump, the
 * count-store counts of subjects and ties, and today's date, since review dates expire by day) with
 * the database's and reloads only when it changed; a maximum age bounds what an outside write that
 * changes no count (a property set in cypher-shell) can leave stale.
 *
 * <p>This is infrastructure: it shows nobody and logs nothing. Features that show people
 * ({@code AnalysisService}, {@code HarmService}) check roles and log the access.
 */
@Service
public class ProjectionService {

    private static final Logger log = LoggerFactory.getLogger(ProjectionService.class);

    /** At most this many filters are cached; the least recently used goes first. */
    static final int MAX_CACHED = 16;

    private final ProjectionReader reader;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<ProjectionFilter, Cached> cache = new ConcurrentHashMap<>();
    private final Map<ProjectionFilter, Object> locks = new ConcurrentHashMap<>();
    private final AtomicLong loads = new AtomicLong();

    ProjectionService(
            ProjectionReader reader,
            Clock clock,
            @Value("${nexus.analysis.projection-max-age:PT10M}") Duration maxAge) {
        this.reader = reader;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    private record Cached(Projection projection, String fingerprint, Instant checkedAt, long lastUsed) {}

    /** The projection for {@code filter}: the cached one if the graph has not changed, else a fresh load. */
    public Projection projection(ProjectionFilter filter) {
        String fingerprint = fingerprint();
        Cached cached = cache.get(filter);
        if (fresh(cached, fingerprint)) {
            cache.put(filter, new Cached(cached.projection(), fingerprint, cached.checkedAt(), System.nanoTime()));
            return cached.projection();
        }
        synchronized (locks.computeIfAbsent(filter, f -> new Object())) {
            cached = cache.get(filter);
            if (fresh(cached, fingerprint)) {
                return cached.projection();
            }
            Projection loaded = load(filter, fingerprint);
            evictIfFull();
            cache.put(filter, new Cached(loaded, fingerprint, clock.instant(), System.nanoTime()));
            return loaded;
        }
    }

    /** Drops every cached projection (tests, or after a write made outside Nexus). */
    public void invalidate() {
        cache.clear();
    }

    /** How many projections have been loaded since start (a cache hit loads none). */
    public long loadCount() {
        return loads.get();
    }

    /**
     * What a cached projection is compared with: graph version, counts of subjects, incidents and
     * the tie-bearing relationships (O(1) each, from Neo4j's count store), and today's date.
     */
    public String fingerprint() {
        return reader.fingerprint() + "@" + LocalDate.now(clock);
    }

    private boolean fresh(Cached cached, String fingerprint) {
        return cached != null
                && cached.fingerprint().equals(fingerprint)
                && Duration.between(cached.checkedAt(), clock.instant()).compareTo(maxAge) < 0;
    }

    private void evictIfFull() {
        if (cache.size() < MAX_CACHED) {
            return;
        }
        cache.entrySet().stream()
                .min((a, b) ->
                        Long.compare(a.getValue().lastUsed(), b.getValue().lastUsed()))
                .ifPresent(e -> cache.remove(e.getKey()));
    }

    private Projection load(ProjectionFilter filter, String fingerprint) {
        long started = System.nanoTime();
        LinkSink sink = new LinkSink();
        List<String> subjects = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        reader.subjects(today, id -> {
            index.put(id, subjects.size());
            subjects.add(id);
        });
        long records = reader.ties(filter, today, (a, b, weight) -> {
            Integer u = index.get(a);
            Integer v = index.get(b);
            if (u != null && v != null && weight > 0) {
                sink.add(u, v, weight);
            }
        });
        CompactUndirectedGraph<String> graph =
                CompactUndirectedGraph.fromEdges(subjects, sink.from, sink.to, sink.weight, sink.size);
        GraphSnapshot<String> snapshot = GraphSnapshot.of(graph);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        loads.incrementAndGet();
        log.info(
                "Projection {}: {} subjects, {} ties from {} records in {} ms",
                filter.describe(),
                subjects.size(),
                graph.edgeSet().size(),
                records,
                took.toMillis());
        return new Projection(filter, graph, snapshot, fingerprint, clock.instant(), took, records);
    }

    /** Growable primitive arrays for streamed ties. */
    private static final class LinkSink {
        int[] from = new int[1024];
        int[] to = new int[1024];
        double[] weight = new double[1024];
        int size;

        void add(int u, int v, double w) {
            if (size == from.length) {
                int capacity = from.length + (from.length >> 1);
                from = java.util.Arrays.copyOf(from, capacity);
                to = java.util.Arrays.copyOf(to, capacity);
                weight = java.util.Arrays.copyOf(weight, capacity);
            }
            from[size] = u;
            to[size] = v;
            weight[size++] = w;
        }
    }
}
