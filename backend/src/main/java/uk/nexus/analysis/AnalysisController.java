package uk.nexus.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.harm.GroupPriority;
import uk.nexus.harm.HarmService;
import uk.nexus.harm.NetworkHarm;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.model.PageOf;
import uk.nexus.network.LinkType;
import uk.nexus.projection.ProjectionFilter;
import uk.nexus.web.Ids;

@RestController
@Tag(
        name = "Analysis",
        description = "Rankings by harm and centrality, group priorities, paths, ego networks, communities and"
                + " disruption on the cached projection; every score with its explanation")
class AnalysisController {

    private static final String TYPES = "Tie types of the projection: ASSOCIATE_OF (default), INVOLVED_IN"
            + " (co-offending), USES (shared phone/vehicle/weapon), MENTIONS (named in the same intelligence report)";
    private static final String MIN_GRADE =
            "Leave out intelligence graded below this 3x5x2 grade on either axis, e.g. 2B; facts always count";
    private static final String FROM = "Leave out links that ended, and incidents that happened, before this date";
    private static final String TO = "Leave out links that began, and incidents that happened, after this date";

    private final AnalysisService analysis;
    private final HarmService harm;

    AnalysisController(AnalysisService analysis, HarmService harm) {
        this.analysis = analysis;
        this.harm = harm;
    }

    @GetMapping("/api/analysis/rankings/subjects")
    @Operation(
            summary = "Subjects ranked by harm, network harm or a centrality",
            description = "measure: harm, network-harm, degree, betweenness (sampled with its error bound above"
                    + " 5,000 subjects), closeness, harmonic, eigenvector, pagerank, kcore. Highest first; subjects"
                    + " recorded only as victims or witnesses are never ranked. Each item says what its score rests"
                    + " on; the response states the method.")
    SubjectRanking rankSubjects(
            @RequestParam(defaultValue = "harm") String measure,
            @RequestParam(required = false) @Parameter(description = TYPES) @Nullable List<LinkType> types,
            @RequestParam(required = false) @Parameter(description = MIN_GRADE) @Nullable String minGrade,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = FROM)
                    @Nullable
                    LocalDate from,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = TO)
                    @Nullable
                    LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return analysis.rankSubjects(Measure.parse(measure), filter(types, minGrade, from, to), page, size);
    }

    @GetMapping("/api/analysis/rankings/groups")
    @Operation(
            summary = "Gangs and OCGs by priority, with OCGM-style bands",
            description = "Score = 0.5 harm + 0.2 capability + 0.15 cohesion + 0.15 reach, each factor explained;"
                    + " band 1-3 by harm, A-C by capability, cohesion and reach.")
    PageOf<GroupPriority> rankGroups(
            @RequestParam(required = false) @Parameter(description = "GANG or OCG; both when absent") @Nullable
                    String type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return analysis.rankGroups(type, page, size);
    }

    @GetMapping("/api/analysis/subjects/{id}/harm")
    @Operation(
            summary = "A subject's harm and every contribution to it",
            description = "Each contribution = offence weight x evidence weight x recency, with the incident or"
                    + " conviction, grade, source and whether it is overseas.")
    SubjectHarm harm(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return harm.explain(id);
    }

    @GetMapping("/api/analysis/subjects/{id}/network-harm")
    @Operation(
            summary = "A subject's network harm and the people it comes from",
            description = "Harm of the people tied to the subject directly (x 0.5 x strength) and through one"
                    + " intermediary (x 0.25 x strengths).")
    NetworkHarm networkHarm(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestParam(required = false) @Parameter(description = TYPES) @Nullable List<LinkType> types,
            @RequestParam(required = false) @Parameter(description = MIN_GRADE) @Nullable String minGrade,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = FROM)
                    @Nullable
                    LocalDate from,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = TO)
                    @Nullable
                    LocalDate to) {
        return harm.explainNetworkHarm(id, filter(types, minGrade, from, to));
    }

    @GetMapping("/api/analysis/paths")
    @Operation(
            summary = "How two subjects are linked: the k shortest paths",
            description = "Tie length 1/strength (strong ties make short paths); every tie with the records behind it.")
    Paths paths(
            @RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String source,
            @RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String target,
            @RequestParam(defaultValue = "3") int k,
            @RequestParam(required = false) @Parameter(description = TYPES) @Nullable List<LinkType> types,
            @RequestParam(required = false) @Parameter(description = MIN_GRADE) @Nullable String minGrade,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = FROM)
                    @Nullable
                    LocalDate from,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = TO)
                    @Nullable
                    LocalDate to) {
        return analysis.paths(source, target, k, filter(types, minGrade, from, to));
    }

    @GetMapping("/api/analysis/subjects/{id}/ego")
    @Operation(
            summary = "A subject's ego network on the projection",
            description = "Subjects within `radius` ties, nearest first up to `maxNodes`, and the ties among them"
                    + " with their evidence.")
    EgoNetworkView ego(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestParam(defaultValue = "1") int radius,
            @RequestParam(defaultValue = "500") int maxNodes,
            @RequestParam(required = false) @Parameter(description = TYPES) @Nullable List<LinkType> types,
            @RequestParam(required = false) @Parameter(description = MIN_GRADE) @Nullable String minGrade,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = FROM)
                    @Nullable
                    LocalDate from,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = TO)
                    @Nullable
                    LocalDate to) {
        return analysis.ego(id, radius, filter(types, minGrade, from, to), maxNodes);
    }

    @GetMapping("/api/analysis/communities")
    @Operation(
            summary = "Communities of the projection (Louvain) with modularity",
            description = "Largest first; each with its size, members' harm and internal ties.")
    Communities communities(
            @RequestParam(required = false) @Parameter(description = TYPES) @Nullable List<LinkType> types,
            @RequestParam(required = false) @Parameter(description = MIN_GRADE) @Nullable String minGrade,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = FROM)
                    @Nullable
                    LocalDate from,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = TO)
                    @Nullable
                    LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return analysis.communities(filter(types, minGrade, from, to), page, size);
    }

    @GetMapping("/api/analysis/disruption")
    @Operation(
            summary = "Key players: the k subjects whose removal fragments the network most",
            description = "Borgatti's KPP-Neg; fragmentation, components and largest component before and after.")
    Disruption disruption(
            @RequestParam(defaultValue = "5") int k,
            @RequestParam(required = false) @Parameter(description = TYPES) @Nullable List<LinkType> types,
            @RequestParam(required = false) @Parameter(description = MIN_GRADE) @Nullable String minGrade,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = FROM)
                    @Nullable
                    LocalDate from,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = TO)
                    @Nullable
                    LocalDate to) {
        return analysis.disruption(filter(types, minGrade, from, to), k);
    }

    private static ProjectionFilter filter(
            @Nullable List<LinkType> types,
            @Nullable String minGrade,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        return ProjectionFilter.of(types == null || types.isEmpty() ? null : EnumSet.copyOf(types), minGrade, from, to);
    }
}
