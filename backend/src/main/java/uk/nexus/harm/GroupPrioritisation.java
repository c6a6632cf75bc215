package uk.nexus.harm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.nexus.graph.CompactUndirectedGraph;
import uk.nexus.harm.internal.HarmQueries.GroupMembers;
import uk.nexus.projection.Projection;

/**
 * Group priority (decision 0305): four factors in [0, 1] — HARM (members' harm over the largest
 * group's), CAPABILITY (the strongest capability the members' scored offending shows: firearms 1.0,
 * serious violence 0.7, exploitation or drugs 0.4), COHESION (density of association ties among
 * members) and REACH (other groups the members are tied to, over the most any group reaches) —
 * weighted 0.5, 0.2, 0.15, 0.15. Band 1–3 by HARM (≥ 0.5, ≥ 0.15, else), sub-band A–C by the mean of
 * the other three (≥ 0.5, ≥ 0.25, else).
 */
final class GroupPrioritisation {

    static final double W_HARM = 0.5;
    static final double W_CAPABILITY = 0.2;
    static final double W_COHESION = 0.15;
    static final double W_REACH = 0.15;
    static final int TOP_MEMBERS = 5;

    private GroupPrioritisation() {}

    static List<GroupPriority> rank(List<GroupMembers> groups, HarmTable harm, Projection associations) {
        CompactUndirectedGraph<String> g = associations.graph();
        Map<String, Set<String>> groupsOf = new HashMap<>();
        for (GroupMembers group : groups) {
            for (String m : group.members()) {
                groupsOf.computeIfAbsent(m, k -> new HashSet<>()).add(group.id());
            }
        }
        double maxHarm = 0;
        int maxReach = 0;
        Map<String, Double> memberHarm = new HashMap<>();
        Map<String, Set<String>> reached = new HashMap<>();
        for (GroupMembers group : groups) {
            double sum = 0;
            for (String m : group.members()) {
                sum += harm.harm().getOrDefault(m, 0.0);
            }
            memberHarm.put(group.id(), sum);
            maxHarm = Math.max(maxHarm, sum);
            Set<String> others = new TreeSet<>();
            for (String m : group.members()) {
                int v = g.indexOf(m);
                if (v < 0) {
                    continue;
                }
                for (int i = g.firstIncident(v); i < g.endIncident(v); i++) {
                    String other = g.vertex(g.opposite(g.incidentEdge(i), v));
                    for (String og : groupsOf.getOrDefault(other, Set.of())) {
                        if (!og.equals(group.id())) {
                            others.add(og);
                        }
                    }
                }
            }
            reached.put(group.id(), others);
            maxReach = Math.max(maxReach, others.size());
        }
        List<GroupPriority> result = new ArrayList<>();
        for (GroupMembers group : groups) {
            double h = maxHarm > 0 ? memberHarm.get(group.id()) / maxHarm : 0;
            Map<String, List<String>> byCapability = new TreeMap<>();
            double capability = 0;
            for (String m : group.members()) {
                for (String c : harm.capabilities().getOrDefault(m, Set.of())) {
                    byCapability.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
                    capability = Math.max(capability, HarmService.CAPABILITY_VALUE.getOrDefault(c, 0.0));
                }
            }
            int ties = 0;
            Set<String> members = new HashSet<>(group.members());
            for (String m : group.members()) {
                int v = g.indexOf(m);
                if (v < 0) {
                    continue;
                }
                for (int i = g.firstIncident(v); i < g.endIncident(v); i++) {
                    int u = g.opposite(g.incidentEdge(i), v);
                    if (u > v && members.contains(g.vertex(u))) {
                        ties++;
                    }
                }
            }
            int k = group.members().size();
            double pairs = k * (k - 1) / 2.0;
            double cohesion = pairs > 0 ? ties / pairs : 0;
            Set<String> others = reached.get(group.id());
            double reach = maxReach > 0 ? others.size() / (double) maxReach : 0;
            double score = W_HARM * h + W_CAPABILITY * capability + W_COHESION * cohesion + W_REACH * reach;
            double qualities = (capability + cohesion + reach) / 3;
            String band =
                    (h >= 0.5 ? "1" : h >= 0.15 ? "2" : "3") + (qualities >= 0.5 ? "A" : qualities >= 0.25 ? "B" : "C");
            List<GroupPriority.MemberHarm> top = group.members().stream()
                    .map(m -> new GroupPriority.MemberHarm(m, harm.harm().getOrDefault(m, 0.0)))
                    .filter(m -> m.harm() > 0)
                    .sorted(Comparator.comparingDouble(GroupPriority.MemberHarm::harm)
                            .reversed()
                            .thenComparing(GroupPriority.MemberHarm::subjectId))
                    .limit(TOP_MEMBERS)
                    .toList();
            List<GroupPriority.Factor> factors = List.of(
                    new GroupPriority.Factor(
                            "HARM",
                            h,
                            W_HARM,
                            "members' harm " + HarmService.round(memberHarm.get(group.id())) + " of the largest "
                                    + HarmService.round(maxHarm)),
                    new GroupPriority.Factor(
                            "CAPABILITY",
                            capability,
                            W_CAPABILITY,
                            byCapability.isEmpty()
                                    ? "no firearms, serious violence, exploitation or drugs offending"
                                    : "offending shows " + byCapability),
                    new GroupPriority.Factor(
                            "COHESION",
                            cohesion,
                            W_COHESION,
                            ties + " association ties among " + k + " members (" + (long) pairs + " possible)"),
                    new GroupPriority.Factor(
                            "REACH",
                            reach,
                            W_REACH,
                            "tied to members of " + others.size() + " other groups " + others));
            result.add(new GroupPriority(
                    group.id(), group.name(), group.type(), band, score, memberHarm.get(group.id()), k, factors, top));
        }
        result.sort(Comparator.comparingDouble(GroupPriority::score).reversed().thenComparing(GroupPriority::groupId));
        return List.copyOf(result);
    }
}
