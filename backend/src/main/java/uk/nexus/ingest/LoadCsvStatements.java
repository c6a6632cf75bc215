package uk.nexus.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nexus.ingest.internal.BundleSchema;
import uk.nexus.ingest.internal.Column;

/**
 * For the import benchmark only: the bundle written with Neo4j's own {@code LOAD CSV … CALL { … } IN
 * TRANSACTIONS}, the same MERGE on the same natural keys and the same properties as the importer's
 * Cypher in {@link BundleSchema}, with the columns taken from it and converted in Cypher (dates,
 * instants, decimals, lists). It validates nothing: that is the point of comparison (decision 0602).
 */
final class LoadCsvStatements {

    static final int ROWS_PER_TRANSACTION = 10_000;

    private static final Set<String> DATES =
            Set.of("dob", "review_date", "valid_from", "valid_to", "convicted_on", "next_review");
    private static final Set<String> INSTANTS = Set.of(
            "recorded_at",
            "occurred_at",
            "requested_at",
            "completed_at",
            "created_at",
            "submitted_at",
            "approved_at",
            "decided_at",
            "outcome_at");
    private static final Set<String> DECIMALS = Set.of("harm_days", "lat", "lon", "weight");
    private static final Set<String> LISTS = Set.of("nationalities", "flags");
    private static final List<String> PROVENANCE =
            List.of("source", "recorded_at", "valid_from", "valid_to", "basis", "grade_scheme", "grade", "handling");
    private static final String RECORD_PROVENANCE =
            "{source: line.source, recordedAt: datetime(line.recorded_at), basis: 'FACT'}";

    private LoadCsvStatements() {}

    /** File name to statement, in the order the importer writes them. */
    static Map<String, String> all() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("offences.csv", node("offences.csv", "Offence", "code", "offence_code"));
        s.put("originators.csv", node("originators.csv", "ReferralOriginator", "id", "originator_id"));
        s.put("locations.csv", node("locations.csv", "Location", "id", "location_id"));
        s.put("phones.csv", node("phones.csv", "Phone", "id", "phone_id"));
        s.put("vehicles.csv", node("vehicles.csv", "Vehicle", "id", "vehicle_id"));
        s.put("weapons.csv", node("weapons.csv", "Weapon", "id", "weapon_id"));
        s.put("subjects.csv", node("subjects.csv", "Subject", "id", "subject_id"));
        s.put("aliases.csv", transactions("aliases.csv", """
                MATCH (s:Subject {id: line.subject_id})
                MERGE (a:Alias {key: line.subject_id + '\\u001f' + line.surname + '\\u001f' + line.forenames + '\\u001f'
                                     + coalesce(line.dob, '') + '\\u001f' + line.kind})
                SET a += %s
                MERGE (s)-[r:HAS_ALIAS]->(a)
                SET r += %s
                """.formatted(
                        map("surname", "forenames", "dob", "kind"), provenance())));
        s.put("groups.csv", transactions("groups.csv", """
                MERGE (n:Group {id: line.group_id})
                SET n += %s
                SET n:$(CASE line.type WHEN 'GANG' THEN 'Gang' ELSE 'Ocg' END)
                REMOVE n:$(CASE line.type WHEN 'GANG' THEN 'Ocg' ELSE 'Gang' END)
                """.formatted(map(columns("groups.csv")))));
        s.put(
                "memberships.csv",
                link("memberships.csv", "Subject", "subject_id", "Group", "group_id", "MEMBER_OF", "source", "role"));
        s.put(
                "subject_locations.csv",
                link(
                        "subject_locations.csv",
                        "Subject",
                        "subject_id",
                        "Location",
                        "location_id",
                        "LINKED_TO",
                        "kind, source",
                        null));
        StringBuilder uses = new StringBuilder("MATCH (a:Subject {id: line.subject_id})\n");
        for (String label : List.of("Phone", "Vehicle", "Weapon")) {
            uses.append("""
                    CALL (line, a) {
                      MATCH (b:%s {id: line.object_id}) WHERE line.object_type = '%s'
                      MERGE (a)-[r:USES {source: line.source}]->(b)
                      SET r += %s
                    }
                    """.formatted(label, label.toUpperCase(java.util.Locale.ROOT), provenance()));
        }
        s.put("uses.csv", transactions("uses.csv", uses.toString()));
        s.put("incidents.csv", transactions("incidents.csv", """
                MERGE (n:Incident {id: line.incident_id})
                SET n += %s
                WITH n, line
                CALL (n, line) {
                  MATCH (o:Offence {code: line.offence_code})
                  MERGE (n)-[c:CLASSIFIED_AS]->(o)
                  SET c += %s
                }
                CALL (n, line) {
                  MATCH (n)-[stale:CLASSIFIED_AS]->(o:Offence) WHERE o.code <> line.offence_code
                  DELETE stale
                }
                CALL (n, line) {
                  MATCH (n)-[stale:OCCURRED_AT]->(l:Location)
                  WHERE nullIf(line.location_id, '') IS NULL OR l.id <> line.location_id
                  DELETE stale
                }
                CALL (n, line) {
                  MATCH (l:Location {id: line.location_id})
                  MERGE (n)-[a:OCCURRED_AT]->(l)
                  SET a += %s
                }
                """.formatted(
                map(without("incidents.csv", "offence_code", "location_id")), RECORD_PROVENANCE, RECORD_PROVENANCE)));
        s.put(
                "involvements.csv",
                link(
                        "involvements.csv",
                        "Subject",
                        "subject_id",
                        "Incident",
                        "incident_id",
                        "INVOLVED_IN",
                        "category",
                        "outcome"));
        s.put("intelligence.csv", node("intelligence.csv", "IntelReport", "id", "intel_id"));
        s.put("intel_subjects.csv", transactions("intel_subjects.csv", """
                MATCH (i:IntelReport {id: line.intel_id})
                MATCH (s:Subject {id: line.subject_id})
                MERGE (i)-[r:MENTIONS]->(s)
                SET r.role = line.role, r.source = i.id, r.recordedAt = i.recordedAt,
                    r.basis = 'ASSESSMENT', r.gradeScheme = i.gradeScheme, r.grade = i.grade,
                    r.handling = i.handling, r.validFrom = null, r.validTo = null
                """));
        s.put("associations.csv", transactions("associations.csv", """
                MATCH (a:Subject {id: line.subject_id})
                MATCH (b:Subject {id: line.associate_id})
                MERGE (a)-[r:ASSOCIATE_OF {kind: line.kind, source: line.source}]->(b)
                SET r += %s, r.intelId = %s, r.weight = coalesce(%s, 1.0)
                """.formatted(
                        provenance(), value("intel_id"), value("weight"))));
        s.put("convictions.csv", transactions("convictions.csv", """
                MATCH (s:Subject {id: line.subject_id})
                MATCH (o:Offence {code: line.offence_code})
                MERGE (n:Conviction {id: line.conviction_id})
                SET n += %s, n.overseas = line.country <> 'GBR'
                MERGE (s)-[h:HAS_CONVICTION]->(n)
                SET h += %s
                MERGE (n)-[f:FOR_OFFENCE]->(o)
                SET f += %s
                WITH n, line
                CALL (n, line) {
                  MATCH (i:Incident {id: line.incident_id})
                  MERGE (n)-[c:CONCLUDES]->(i)
                  SET c += %s
                }
                """.formatted(
                        map(without("convictions.csv", "subject_id", "offence_code", "incident_id")),
                        RECORD_PROVENANCE,
                        RECORD_PROVENANCE,
                        RECORD_PROVENANCE)));
        s.put("checks.csv", transactions("checks.csv", """
                MATCH (s:Subject {id: line.subject_id})
                MERGE (n:Check {id: line.check_id})
                SET n += %s
                MERGE (n)-[c:CONCERNS]->(s)
                SET c += %s
                WITH n, line
                CALL (n, line) {
                  MATCH (i:Incident {id: line.incident_id})
                  MERGE (n)-[t:TRIGGERED_BY]->(i)
                  SET t += %s
                }
                """.formatted(
                map(without("checks.csv", "subject_id", "incident_id")), RECORD_PROVENANCE, RECORD_PROVENANCE)));
        String referralProvenance =
                "{source: 'referral ' + line.referral_id, recordedAt: datetime(line.created_at), basis: 'FACT'}";
        s.put("referrals.csv", transactions("referrals.csv", """
                MATCH (s:Subject {id: line.subject_id})
                MATCH (o:ReferralOriginator {id: line.originator_id})
                MERGE (n:Referral {id: line.referral_id})
                SET n += %s
                MERGE (n)-[c:CONCERNS]->(s)
                SET c += %s
                MERGE (n)-[b:ORIGINATED_BY]->(o)
                SET b += %s
                """.formatted(
                map(without("referrals.csv", "subject_id", "originator_id")), referralProvenance, referralProvenance)));
        return s;
    }

    private static String node(String file, String label, String key, String idColumn) {
        return transactions(file, """
                MERGE (n:%s {%s: line.%s})
                SET n += %s
                """.formatted(label, key, idColumn, map(columns(file))));
    }

    private static String link(
            String file,
            String fromLabel,
            String fromColumn,
            String toLabel,
            String toColumn,
            String type,
            String keyColumns,
            String propertyColumn) {
        String keys = java.util.Arrays.stream(keyColumns.split(", "))
                .map(c -> camel(c) + ": line." + c)
                .collect(Collectors.joining(", "));
        String extra = propertyColumn == null ? "" : ", r." + camel(propertyColumn) + " = " + value(propertyColumn);
        return transactions(
                file, """
                MATCH (a:%s {id: line.%s})
                MATCH (b:%s {id: line.%s})
                MERGE (a)-[r:%s {%s}]->(b)
                SET r += %s%s
                """.formatted(fromLabel, fromColumn, toLabel, toColumn, type, keys, provenance(), extra));
    }

    private static String transactions(String file, String body) {
        return "LOAD CSV WITH HEADERS FROM 'file:///" + file + "' AS line\nCALL (line) {\n" + body
                + "} IN TRANSACTIONS OF " + ROWS_PER_TRANSACTION + " ROWS";
    }

    private static List<Column> columns(String file) {
        return BundleSchema.file(file).columns();
    }

    private static List<Column> without(String file, String... names) {
        Set<String> drop = Set.of(names);
        return columns(file).stream().filter(c -> !drop.contains(c.name())).toList();
    }

    private static String provenance() {
        return map(PROVENANCE.toArray(String[]::new));
    }

    private static String map(String... names) {
        return "{"
                + java.util.Arrays.stream(names)
                        .map(n -> camel(n) + ": " + value(n))
                        .collect(Collectors.joining(", ")) + "}";
    }

    private static String map(List<Column> columns) {
        return "{"
                + columns.stream()
                        .map(c -> c.property() + ": " + value(c.name()))
                        .collect(Collectors.joining(", ")) + "}";
    }

    /** The cell converted as the importer's field type does; empty means null (absent). */
    static String value(String column) {
        String cell = "nullIf(line." + column + ", '')";
        if (DATES.contains(column)) {
            return "date(" + cell + ")";
        }
        if (INSTANTS.contains(column)) {
            return "datetime(" + cell + ")";
        }
        if (DECIMALS.contains(column)) {
            return "toFloat(" + cell + ")";
        }
        if (LISTS.contains(column)) {
            return "split(" + cell + ", ';')";
        }
        return cell;
    }

    private static String camel(String snake) {
        StringBuilder s = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }
}
