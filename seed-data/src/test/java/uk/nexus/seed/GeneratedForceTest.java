package uk.nexus.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default force (5,000 subjects) has the shape the brief asks for: counts, network structure, eligibility. */
class GeneratedForceTest {

    private final Bundles.Generated b = Bundles.defaults();

    private List<Table.Row> rows(String file) {
        return b.table(file).rows();
    }

    private Map<String, Table.Row> subjects() {
        Map<String, Table.Row> m = new HashMap<>();
        for (Table.Row r : rows("subjects.csv")) {
            m.put(r.get("subject_id"), r);
        }
        return m;
    }

    private static Map<String, Long> count(List<Table.Row> rows, String column) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get(column), Collectors.counting()));
    }

    @Test
    void default_counts_scale_from_five_thousand_subjects() {
        assertThat(rows("subjects.csv")).hasSize(5_000);
        assertThat(count(rows("groups.csv"), "type")).containsEntry("GANG", 60L).containsEntry("OCG", 20L);
        assertThat(rows("incidents.csv")).hasSize(30_000);
        assertThat(rows("referrals.csv")).hasSize(1_269);
        assertThat(rows("originators.csv")).hasSize(14);
    }

    @Test
    void about_ten_links_per_subject() {
        double perSubject = b.summary().links() / 5_000.0;
        assertThat(perSubject).isBetween(9.0, 12.5);
        for (String f : GenerationSummary.LINK_FILES) {
            assertThat(b.summary().rows(f)).as(f).isEqualTo(b.table(f).size());
        }
    }

    @Test
    void referral_originators_follow_the_source_shares_by_largest_remainder() {
        Map<String, Long> byOriginator = count(rows("referrals.csv"), "originator_id");
        assertThat(byOriginator)
                .containsEntry("TP_CUSTODY", 838L)
                .containsEntry("SCO8_STREET_GANGS", 159L)
                .containsEntry("SCO7_OCN_GANG", 44L)
                .containsEntry("HOIE", 63L)
                .containsEntry("MIB_DAILY_BULLETIN", 38L)
                .containsEntry("CCD_FNO_HMP", 32L)
                .containsEntry("ALAMBADI", 20L)
                .containsEntry("CENTRAL_JIGSAW", 18L)
                .containsEntry("CSV", 15L)
                .containsEntry("MAPPA", 13L)
                .containsEntry("OCG", 11L)
                .containsEntry("HO_MOTHERS_MINORS", 8L)
                .containsEntry("SCO_SCD", 6L)
                .containsEntry("SCO1", 4L);
    }

    @Test
    void referral_outcomes_are_exactly_those_of_the_source_documents() {
        Map<String, Long> outcomes = count(rows("referrals.csv"), "outcome");
        assertThat(outcomes)
                .containsEntry("DEPORTED", 75L)
                .containsEntry("IMMIGRATION_DETENTION", 101L)
                .containsEntry("REPORTING_RESTRICTIONS", 140L)
                .containsEntry("HMP_DETENTION", 144L)
                .containsEntry("HMP_REMAND", 54L)
                .containsEntry("LIVE_INVESTIGATION", 568L)
                .containsEntry("UNACTIONABLE", 157L);
        Map<String, Long> states = count(rows("referrals.csv"), "state");
        assertThat(states.get("ACCEPTED")).isEqualTo(1_239L);
        assertThat(states.keySet()).contains("DRAFT", "SUBMITTED", "APPROVED", "REJECTED");
        assertThat(states.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_269L);
    }

    @Test
    void only_foreign_nationals_with_a_recorded_nationality_are_referred() {
        Map<String, Table.Row> subjects = subjects();
        Set<String> referred = new HashSet<>();
        for (Table.Row r : rows("referrals.csv")) {
            Table.Row s = subjects.get(r.get("subject_id"));
            assertThat(s.get("nationalities"))
                    .as(r.get("referral_id"))
                    .isNotEmpty()
                    .doesNotContain("GBR");
            assertThat(s.get("immigration_status")).isNotEqualTo("BRITISH_CITIZEN");
            referred.add(r.get("subject_id"));
        }
        // repeats happen, rarely
        assertThat(referred.size()).isBetween(1_180, 1_268);
    }

    @Test
    void referrals_were_created_in_the_last_52_weeks_and_tp_custody_ones_follow_a_custody_event() {
        OffsetDateTime asOf = b.settings().asOf().atStartOfDay().atOffset(ZoneOffset.UTC);
        Map<String, Table.Row> incidents = new HashMap<>();
        for (Table.Row r : rows("incidents.csv")) {
            incidents.put(r.get("incident_id"), r);
        }
        Map<String, List<OffsetDateTime>> custody = new HashMap<>();
        for (Table.Row r : rows("involvements.csv")) {
            Table.Row i = incidents.get(r.get("incident_id"));
            if (i.get("type").equals("CUSTODY") && !r.get("outcome").isEmpty()) {
                custody.computeIfAbsent(r.get("subject_id"), k -> new ArrayList<>())
                        .add(OffsetDateTime.parse(i.get("occurred_at")));
            }
        }
        for (Table.Row r : rows("referrals.csv")) {
            OffsetDateTime created = OffsetDateTime.parse(r.get("created_at"));
            assertThat(created).isAfter(asOf.minusWeeks(52)).isBefore(asOf);
            if (r.get("originator_id").equals("TP_CUSTODY")) {
                assertThat(custody.getOrDefault(r.get("subject_id"), List.of()))
                        .as(r.get("referral_id"))
                        .anyMatch(t -> t.isBefore(created) && t.isAfter(created.minusDays(3)));
            }
        }
    }

    /** Undirected association degree, RIVAL ties left out (they are hostile, not association strength). */
    private Map<String, Integer> degrees() {
        Map<String, Integer> degree = new HashMap<>();
        for (Table.Row r : rows("associations.csv")) {
            if (!r.get("kind").equals("RIVAL")) {
                degree.merge(r.get("subject_id"), 1, Integer::sum);
                degree.merge(r.get("associate_id"), 1, Integer::sum);
            }
        }
        return degree;
    }

    @Test
    void association_degree_is_heavy_tailed() {
        List<Integer> d = new ArrayList<>(degrees().values());
        Collections.sort(d);
        int median = d.get(d.size() / 2);
        int max = d.getLast();
        int top1pc = d.get(d.size() * 99 / 100);
        assertThat(max).isGreaterThanOrEqualTo(10 * median);
        assertThat(top1pc).isGreaterThanOrEqualTo(5 * median);
    }

    @Test
    void gangs_are_far_denser_inside_than_the_network_overall() {
        Map<String, Set<String>> gangOf = new HashMap<>();
        Map<String, Integer> gangSize = new HashMap<>();
        for (Table.Row r : rows("memberships.csv")) {
            if (r.get("group_id").startsWith("GANG")) {
                gangOf.computeIfAbsent(r.get("subject_id"), k -> new HashSet<>())
                        .add(r.get("group_id"));
                gangSize.merge(r.get("group_id"), 1, Integer::sum);
            }
        }
        long edges = 0;
        long intra = 0;
        for (Table.Row r : rows("associations.csv")) {
            if (r.get("kind").equals("RIVAL")) {
                continue;
            }
            edges++;
            Set<String> a = gangOf.getOrDefault(r.get("subject_id"), Set.of());
            Set<String> c = gangOf.getOrDefault(r.get("associate_id"), Set.of());
            if (a.stream().anyMatch(c::contains)) {
                intra++;
            }
        }
        double n = 5_000;
        double overall = edges / (n * (n - 1) / 2);
        double intraPairs =
                gangSize.values().stream().mapToDouble(s -> s * (s - 1) / 2.0).sum();
        double inside = intra / intraPairs;
        assertThat(inside).isGreaterThan(10 * overall);
        // heavy-tailed gang sizes between 8 and 80
        assertThat(Collections.max(gangSize.values()))
                .isGreaterThanOrEqualTo(40)
                .isLessThanOrEqualTo(82);
        assertThat(Collections.min(gangSize.values())).isGreaterThanOrEqualTo(8);
    }

    @Test
    void brokers_rivals_and_ocg_structure_exist() {
        Map<String, Set<String>> groupsOf = new HashMap<>();
        Map<String, Set<String>> rolesByGroup = new HashMap<>();
        for (Table.Row r : rows("memberships.csv")) {
            groupsOf.computeIfAbsent(r.get("subject_id"), k -> new HashSet<>()).add(r.get("group_id"));
            rolesByGroup
                    .computeIfAbsent(r.get("group_id"), k -> new HashSet<>())
                    .add(r.get("role"));
        }
        long inTwoGangs = groupsOf.values().stream()
                .filter(g -> g.stream().filter(x -> x.startsWith("GANG")).count() >= 2)
                .count();
        assertThat(inTwoGangs).isGreaterThanOrEqualTo(5);
        long gangAndOcg = groupsOf.values().stream()
                .filter(g -> g.stream().anyMatch(x -> x.startsWith("GANG"))
                        && g.stream().anyMatch(x -> x.startsWith("OCG")))
                .count();
        assertThat(gangAndOcg).isGreaterThanOrEqualTo(5);
        for (var e : rolesByGroup.entrySet()) {
            if (e.getKey().startsWith("OCG")) {
                assertThat(e.getValue()).as(e.getKey()).contains("LEADER").containsAnyOf("PERIPHERAL", "ASSOCIATE");
            }
        }
        long rivals = 0;
        for (Table.Row r : rows("associations.csv")) {
            if (r.get("kind").equals("RIVAL")) {
                rivals++;
                Set<String> a = groupsOf.getOrDefault(r.get("subject_id"), Set.of());
                Set<String> c = groupsOf.getOrDefault(r.get("associate_id"), Set.of());
                assertThat(a).as("rival tie across gangs").isNotEmpty().doesNotContainAnyElementsOf(c);
            }
        }
        assertThat(rivals).isGreaterThanOrEqualTo(30);
        assertThat(groupsOf.size()).isLessThan(2_500);
    }

    @Test
    void co_offending_is_clustered_by_gang_or_borough() {
        Map<String, String> borough = new HashMap<>();
        for (Table.Row r : rows("subjects.csv")) {
            borough.put(r.get("subject_id"), r.get("borough"));
        }
        Map<String, Set<String>> gangOf = new HashMap<>();
        for (Table.Row r : rows("memberships.csv")) {
            gangOf.computeIfAbsent(r.get("subject_id"), k -> new HashSet<>()).add(r.get("group_id"));
        }
        Map<String, List<String>> offenders = new HashMap<>();
        for (Table.Row r : rows("involvements.csv")) {
            if (r.get("basis").equals("FACT") && !r.get("outcome").isEmpty()) {
                offenders
                        .computeIfAbsent(r.get("incident_id"), k -> new ArrayList<>())
                        .add(r.get("subject_id"));
            }
        }
        long pairs = 0;
        long close = 0;
        for (List<String> o : offenders.values()) {
            for (int i = 0; i < o.size(); i++) {
                for (int j = i + 1; j < o.size(); j++) {
                    pairs++;
                    String a = o.get(i);
                    String c = o.get(j);
                    boolean sameGroup = gangOf.getOrDefault(a, Set.of()).stream()
                            .anyMatch(gangOf.getOrDefault(c, Set.of())::contains);
                    if (sameGroup || borough.get(a).equals(borough.get(c))) {
                        close++;
                    }
                }
            }
        }
        assertThat(pairs).isGreaterThan(2_000);
        assertThat((double) close / pairs).isGreaterThan(0.8);
    }

    @Test
    void victim_only_and_witness_only_subjects_never_look_like_offenders() {
        Set<String> offenderRows = new HashSet<>();
        Map<String, Long> victimRows = new HashMap<>();
        for (Table.Row r : rows("involvements.csv")) {
            String c = r.get("category");
            if (c.equals("OFFENDER") || c.equals("SUSPECT")) {
                offenderRows.add(r.get("subject_id"));
            } else if (c.equals("VICTIM") || c.equals("WITNESS")) {
                victimRows.merge(r.get("subject_id"), 1L, Long::sum);
            }
        }
        Set<String> notOffenders = new HashSet<>();
        for (Table.Row r : rows("subjects.csv")) {
            if (r.get("source").startsWith("Crime report")) {
                notOffenders.add(r.get("subject_id"));
                assertThat(r.get("pnc_id") + r.get("cro_number") + r.get("flags"))
                        .as(r.get("subject_id"))
                        .isEmpty();
            }
        }
        assertThat(notOffenders.size()).isGreaterThan(500);
        assertThat(notOffenders.stream().filter(victimRows::containsKey).count())
                .isGreaterThan(400);
        assertThat(notOffenders).doesNotContainAnyElementsOf(offenderRows);
        for (String file : List.of("memberships.csv", "convictions.csv", "referrals.csv", "checks.csv")) {
            assertThat(rows(file).stream().map(r -> r.get("subject_id")).filter(notOffenders::contains))
                    .as(file)
                    .isEmpty();
        }
        for (Table.Row r : rows("intel_subjects.csv")) {
            if (notOffenders.contains(r.get("subject_id"))) {
                assertThat(r.get("role")).isIn("VICTIM", "MENTIONED");
            }
        }
        for (Table.Row r : rows("associations.csv")) {
            if (notOffenders.contains(r.get("subject_id")) || notOffenders.contains(r.get("associate_id"))) {
                assertThat(r.get("kind")).isIn("FAMILY", "PARTNER");
            }
        }
        // some victims are offenders from rival gangs
        Set<String> victimsWithRecord = new HashSet<>(victimRows.keySet());
        victimsWithRecord.retainAll(offenderRows);
        assertThat(victimsWithRecord).hasSizeGreaterThan(100);
    }

    @Test
    void nationality_mix_and_immigration_status_are_consistent() {
        Set<String> eu = Set.of("ROU", "POL", "LTU", "LVA", "BGR", "PRT", "ESP", "ITA");
        Map<String, Long> nat = count(rows("subjects.csv"), "nationalities");
        assertThat(nat.get("GBR")).isGreaterThan(2_500L);
        assertThat(nat.keySet())
                .contains(
                        "", "GBR;JAM", "ROU", "POL", "ALB", "LTU", "JAM", "NGA", "SOM", "ERI", "IRL", "PRT", "IND",
                        "PAK", "BGD", "TUR", "VNM");
        for (Table.Row r : rows("subjects.csv")) {
            String n = r.get("nationalities");
            String status = r.get("immigration_status");
            if (n.contains("GBR")) {
                assertThat(status).isIn("BRITISH_CITIZEN", "");
            } else {
                assertThat(status).isNotEqualTo("BRITISH_CITIZEN");
            }
            if (eu.contains(n)) {
                assertThat(status).isNotIn("ASYLUM_SEEKER", "REFUGEE", "VISA_HOLDER");
            }
        }
    }

    @Test
    void ages_are_mostly_seventeen_to_thirty_five_and_all_fourteen_to_sixty_odd() {
        LocalDate asOf = b.settings().asOf();
        int young = 0;
        int total = 0;
        for (Table.Row r : rows("subjects.csv")) {
            if (r.get("dob").isEmpty() || r.get("pnc_id").isEmpty()) {
                continue;
            }
            int age = Period.between(LocalDate.parse(r.get("dob")), asOf).getYears();
            assertThat(age).isBetween(14, 61);
            total++;
            if (age >= 17 && age <= 35) {
                young++;
            }
        }
        assertThat((double) young / total).isGreaterThan(0.6);
    }

    @Test
    void aliases_include_realistic_variants() {
        Map<String, Table.Row> subjects = subjects();
        boolean transliteration = false;
        boolean swapped = false;
        boolean transposedDob = false;
        Set<String> kinds = new HashSet<>();
        for (Table.Row a : rows("aliases.csv")) {
            Table.Row s = subjects.get(a.get("subject_id"));
            kinds.add(a.get("kind"));
            transliteration |=
                    s.get("forenames").startsWith("Moham") && a.get("forenames").startsWith("Muhammad");
            swapped |= a.get("surname").equals(s.get("forenames").split(" ")[0])
                    && a.get("forenames").equals(s.get("surname"));
            if (!a.get("dob").isEmpty() && !s.get("dob").isEmpty()) {
                LocalDate d = LocalDate.parse(s.get("dob"));
                LocalDate x = LocalDate.parse(a.get("dob"));
                transposedDob |= d.getYear() == x.getYear()
                        && d.getMonthValue() == x.getDayOfMonth()
                        && d.getDayOfMonth() == x.getMonthValue()
                        && !d.equals(x);
            }
        }
        assertThat(kinds).contains("ALIAS", "NICKNAME", "ALTERNATIVE_SPELLING", "MAIDEN_NAME");
        assertThat(transliteration).isTrue();
        assertThat(swapped).isTrue();
        assertThat(transposedDob).isTrue();
    }

    @Test
    void intelligence_grades_have_a_realistic_spread() {
        List<Table.Row> intel = rows("intelligence.csv");
        Map<String, Long> grades = count(intel, "grade");
        Map<String, Long> schemes = count(intel, "grade_scheme");
        assertThat((double) schemes.get("3x5x2") / intel.size()).isBetween(0.85, 0.98);
        assertThat(grades.get("2B")).isGreaterThan(grades.get("1A") * 4);
        assertThat(grades.get("3C")).isGreaterThan(grades.get("1A"));
        assertThat(grades).containsKeys("1A", "3E", "B2");
        long restricted = intel.stream()
                .filter(r -> !r.get("handling_conditions").isEmpty())
                .count();
        assertThat((double) restricted / intel.size()).isBetween(0.07, 0.13);
        long graded = rows("associations.csv").stream()
                .filter(r -> !r.get("intel_id").isEmpty())
                .count();
        assertThat((double) graded / rows("associations.csv").size()).isGreaterThan(0.25);
        assertThat(count(rows("associations.csv"), "kind"))
                .containsKeys("FAMILY", "CO_OFFENDER", "PARTNER", "CELLMATE", "RIVAL", "ASSOCIATE");
    }

    @Test
    void a_few_percent_of_subjects_and_intelligence_are_past_review() {
        LocalDate asOf = b.settings().asOf();
        for (String file : List.of("subjects.csv", "intelligence.csv")) {
            List<Table.Row> all = rows(file);
            long past = all.stream()
                    .filter(r -> LocalDate.parse(r.get("review_date")).isBefore(asOf))
                    .count();
            assertThat((double) past / all.size()).as(file).isBetween(0.01, 0.1);
        }
    }

    @Test
    void uk_convictions_conclude_conviction_incidents_and_overseas_ones_come_from_acro() {
        Map<String, Table.Row> incidents = new HashMap<>();
        for (Table.Row r : rows("incidents.csv")) {
            incidents.put(r.get("incident_id"), r);
        }
        Set<String> convicted = new HashSet<>();
        for (Table.Row r : rows("involvements.csv")) {
            if (r.get("outcome").equals("CONVICTED")) {
                convicted.add(r.get("subject_id") + "|" + r.get("incident_id"));
            }
        }
        Map<String, Table.Row> subjects = subjects();
        long overseas = 0;
        for (Table.Row c : rows("convictions.csv")) {
            if (c.get("country").equals("GBR")) {
                assertThat(incidents.get(c.get("incident_id")).get("type")).isEqualTo("CONVICTION");
                assertThat(convicted).contains(c.get("subject_id") + "|" + c.get("incident_id"));
            } else {
                overseas++;
                assertThat(c.get("source")).startsWith("ACRO/");
                assertThat(c.get("incident_id")).isEmpty();
                assertThat(subjects.get(c.get("subject_id")).get("nationalities"))
                        .contains(c.get("country"));
            }
        }
        assertThat(overseas).isGreaterThan(100);
    }

    @Test
    void checks_are_spread_over_months_with_a_few_wanted() {
        List<Table.Row> checks = rows("checks.csv");
        Set<String> months = new HashSet<>();
        for (Table.Row r : checks) {
            months.add(r.get("requested_at").substring(0, 7));
        }
        assertThat(months.size()).isGreaterThan(36);
        long wanted =
                checks.stream().filter(r -> r.get("result").equals("WANTED")).count();
        assertThat(wanted).isPositive();
        assertThat((double) wanted / checks.size()).isLessThan(0.03);
        assertThat(count(checks, "kind")).containsKeys("ACRO", "INTERPOL", "PNC", "SIS_II", "EAW");
    }

    @Test
    void shared_phones_and_shared_homes_link_people() {
        Map<String, Set<String>> phoneUsers = new HashMap<>();
        for (Table.Row r : rows("uses.csv")) {
            if (r.get("object_type").equals("PHONE")) {
                phoneUsers
                        .computeIfAbsent(r.get("object_id"), k -> new HashSet<>())
                        .add(r.get("subject_id"));
            }
        }
        assertThat(phoneUsers.values().stream().filter(u -> u.size() >= 2).count())
                .isGreaterThan(30);
        Map<String, Long> residents = rows("subject_locations.csv").stream()
                .filter(r -> r.get("kind").equals("HOME"))
                .collect(Collectors.groupingBy(r -> r.get("location_id"), Collectors.counting()));
        assertThat(residents.values().stream().filter(n -> n >= 2).count()).isGreaterThan(100);
    }

    @Test
    void incident_types_fit_their_offences_and_recent_years_have_more() {
        Map<String, Long> types = count(rows("incidents.csv"), "type");
        assertThat(types)
                .containsKeys("CRIME_REPORT", "ARREST", "CUSTODY", "STOP", "SHOOTING", "STABBING", "CONVICTION");
        Map<Integer, Long> byYear = new HashMap<>();
        for (Table.Row r : rows("incidents.csv")) {
            String o = r.get("offence_code");
            switch (r.get("type")) {
                case "SHOOTING" ->
                    assertThat(o)
                            .isIn(
                                    "FIREARM_INTENT_ENDANGER_LIFE",
                                    "MURDER",
                                    "ATTEMPTED_MURDER",
                                    "MANSLAUGHTER",
                                    "WOUNDING_WITH_INTENT",
                                    "WOUNDING");
                case "STABBING" ->
                    assertThat(o)
                            .isIn("MURDER", "ATTEMPTED_MURDER", "MANSLAUGHTER", "WOUNDING_WITH_INTENT", "WOUNDING");
                case "STOP" ->
                    assertThat(o).matches("POSSESSION_.*|PWITS_.*|HANDLING|THREATENING_WITH_BLADE|VEHICLE_TAKING");
                default -> {}
            }
            if (r.get("type").equals("STOP")) {
                continue;
            }
            int daysAgo = (int) (b.settings().asOf().toEpochDay()
                    - OffsetDateTime.parse(r.get("occurred_at")).toLocalDate().toEpochDay());
            byYear.merge(daysAgo / 365, 1L, Long::sum);
        }
        assertThat(byYear.get(0)).isGreaterThan(byYear.get(5));
    }
}
