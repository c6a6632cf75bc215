package uk.nexus.ingest.internal;

import static uk.nexus.ingest.internal.Column.opt;
import static uk.nexus.ingest.internal.Column.req;
import static uk.nexus.ingest.internal.FieldType.country;
import static uk.nexus.ingest.internal.FieldType.date;
import static uk.nexus.ingest.internal.FieldType.decimal;
import static uk.nexus.ingest.internal.FieldType.freeText;
import static uk.nexus.ingest.internal.FieldType.id;
import static uk.nexus.ingest.internal.FieldType.listOf;
import static uk.nexus.ingest.internal.FieldType.oneOf;
import static uk.nexus.ingest.internal.FieldType.pastDate;
import static uk.nexus.ingest.internal.FieldType.pastInstant;
import static uk.nexus.ingest.internal.FieldType.pattern;
import static uk.nexus.ingest.internal.FieldType.text;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.nexus.ingest.internal.FileSpec.Reference;
import uk.nexus.ingest.internal.FileSpec.RowRule;
import uk.nexus.ingest.internal.FileSpec.Write;
import uk.nexus.ingest.internal.GraphWriter.Ref;

/**
 * The CSV bundle, version 1, as documented in docs/import-format.md: every file, in the order it is
 * validated and written (nodes before the links that need them).
 */
public final class BundleSchema {

    public static final String FORMAT = "nexus-csv-bundle";
    public static final int VERSION = 1;

    private static final String[] BASIS = {"FACT", "ASSESSMENT"};
    private static final Pattern GRADE_3X5X2 = Pattern.compile("[1-3][A-E]");
    private static final Pattern GRADE_5X5X5 = Pattern.compile("[A-E][1-5]");

    /** The provenance columns every link file carries. */
    static final List<Column> PROVENANCE = List.of(
            req("source", text()),
            req("recorded_at", pastInstant()),
            opt("valid_from", date()),
            opt("valid_to", date()),
            req("basis", oneOf(BASIS)),
            opt("grade_scheme", oneOf("3x5x2", "5x5x5")),
            opt("grade", text()),
            opt("handling", text()));

    private static final List<FileSpec> FILES = List.of(
            offences(),
            originators(),
            locations(),
            phones(),
            vehicles(),
            weapons(),
            subjects(),
            aliases(),
            groups(),
            memberships(),
            subjectLocations(),
            uses(),
            incidents(),
            involvements(),
            intelligence(),
            intelSubjects(),
            associations(),
            convictions(),
            checks(),
            referrals());

    /**
     * The properties a later file's core form reads back from nodes an earlier file wrote (a mention
     * takes its source, time and grade from the report: {@link #intelSubjects}). The staging writer of
     * an initial load keeps exactly these in memory (decision 0603).
     */
    public static final Map<String, Set<String>> READ_BACK =
            Map.of("IntelReport", Set.of("id", "recordedAt", "gradeScheme", "grade", "handling"));

    private BundleSchema() {}

    /** Every file of the format, in dependency order. */
    public static List<FileSpec> files() {
        return FILES;
    }

    /** The specification of one file. */
    public static FileSpec file(String name) {
        return FILES.stream()
                .filter(f -> f.file().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    // ---- reference data --------------------------------------------------------------------

    static FileSpec offences() {
        List<Column> columns = List.of(
                req("offence_code", pattern("[A-Z][A-Z0-9_]{0,63}", "an offence code (A-Z, 0-9, _)"))
                        .as("code"),
                req("description", text()),
                req("category", pattern("[A-Z][A-Z_]{0,63}", "a category (A-Z and _)")),
                req("harm_days", decimal(0, 36_500, false)).as("harmDays"),
                req("capability", oneOf("NONE", "FIREARMS", "SERIOUS_VIOLENCE", "DRUGS", "EXPLOITATION")),
                opt("starting_point_basis", freeText()));
        return node("offences.csv", NodeKind.OFFENCE, "offence_code", columns, List.of(), List.of(), """
                UNWIND $rows AS row
                MERGE (n:Offence {code: row.key})
                SET n += row.props
                """);
    }

    static FileSpec originators() {
        List<Column> columns =
                List.of(req("originator_id", id()).as("id"), req("name", text()), opt("description", freeText()));
        return node("originators.csv", NodeKind.ORIGINATOR, "originator_id", columns, List.of(), List.of(), """
                UNWIND $rows AS row
                MERGE (n:ReferralOriginator {id: row.key})
                SET n += row.props
                """);
    }

    // ---- places and objects ----------------------------------------------------------------

    static FileSpec locations() {
        List<Column> columns = List.of(
                req("location_id", id()).as("id"),
                req("kind", oneOf("ADDRESS", "STREET", "ESTATE", "VENUE", "PRISON", "CUSTODY_SUITE", "PORT")),
                req("name", text()),
                opt("postcode", pattern("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", "a UK postcode")),
                opt("borough", text()),
                opt("lat", decimal(-90, 90, false)),
                opt("lon", decimal(-180, 180, false)));
        RowRule both = (row, errors) -> {
            if (row.has("lat") != row.has("lon")) {
                errors.add(row.has("lat") ? "lon" : "lat", "lat and lon go together: give both or neither", null);
            }
        };
        return node("locations.csv", NodeKind.LOCATION, "location_id", columns, List.of(), List.of(both), """
                UNWIND $rows AS row
                MERGE (n:Location {id: row.key})
                SET n += row.props
                """);
    }

    static FileSpec phones() {
        List<Column> columns = List.of(
                req("phone_id", id()).as("id"),
                req("number", pattern("\\+?[0-9][0-9 ]{4,24}", "a phone number (digits, spaces, leading +)")),
                opt("kind", oneOf("MOBILE", "LANDLINE", "BURNER")));
        return node("phones.csv", NodeKind.PHONE, "phone_id", columns, List.of(), List.of(), """
                UNWIND $rows AS row
                MERGE (n:Phone {id: row.key})
                SET n += row.props
                """);
    }

    static FileSpec vehicles() {
        List<Column> columns = List.of(
                req("vehicle_id", id()).as("id"),
                req("vrm", pattern("[A-Z0-9 ]{2,10}", "a registration mark (A-Z, 0-9, spaces)")),
                opt("make", text()),
                opt("model", text()),
                opt("colour", text()));
        return node("vehicles.csv", NodeKind.VEHICLE, "vehicle_id", columns, List.of(), List.of(), """
                UNWIND $rows AS row
                MERGE (n:Vehicle {id: row.key})
                SET n += row.props
                """);
    }

    static FileSpec weapons() {
        List<Column> columns = List.of(
                req("weapon_id", id()).as("id"),
                req("kind", oneOf("FIREARM", "BLADE", "AMMUNITION", "OTHER")),
                opt("description", freeText()));
        return node("weapons.csv", NodeKind.WEAPON, "weapon_id", columns, List.of(), List.of(), """
                UNWIND $rows AS row
                MERGE (n:Weapon {id: row.key})
                SET n += row.props
                """);
    }

    // ---- people and groups -----------------------------------------------------------------

    static FileSpec subjects() {
        List<Column> columns = List.of(
                req("subject_id", id()).as("id"),
                req("surname", text()),
                req("forenames", text()),
                opt("dob", pastDate()),
                opt("gender", oneOf("M", "F", "X", "U")),
                opt("nationalities", listOf(country())),
                opt(
                        "immigration_status",
                        oneOf(
                                "BRITISH_CITIZEN",
                                "SETTLED",
                                "PRE_SETTLED",
                                "LEAVE_TO_REMAIN",
                                "VISA_HOLDER",
                                "ASYLUM_SEEKER",
                                "REFUGEE",
                                "OVERSTAYER",
                                "ILLEGAL_ENTRANT",
                                "DEPORTATION_ORDER",
                                "UNKNOWN")),
                opt(
                        "ethnicity",
                        pattern(
                                "A[1-5]|B[1-3]|M[1-4]|W[1-5]|O[12]|NS",
                                "a 2021 census ethnicity code (A1-A5, B1-B3, M1-M4, W1-W5, O1-O2) or NS")),
                opt("pnc_id", pattern("[0-9]{2,4}/[0-9]{1,7}[A-Z]", "a PNC id such as 2010/0123456A")),
                opt("cro_number", pattern("[0-9]{1,6}/[0-9]{2}[A-Z]", "a CRO number such as 012345/10A")),
                opt("passport_number", pattern("[A-Z0-9]{5,20}", "a passport number (A-Z, 0-9)")),
                opt("borough", text()),
                opt(
                        "flags",
                        listOf(oneOf(
                                "FIREARMS",
                                "WEAPONS",
                                "VIOLENCE",
                                "DRUGS",
                                "ESCAPE_RISK",
                                "SELF_HARM",
                                "MENTAL_HEALTH",
                                "CONTAGIOUS"))),
                req("review_date", date()),
                req("source", text()),
                req("recorded_at", pastInstant()));
        return node("subjects.csv", NodeKind.SUBJECT, "subject_id", columns, List.of(), List.of(), """
                UNWIND $rows AS row
                MERGE (n:Subject {id: row.key})
                SET n += row.props
                """);
    }

    static FileSpec aliases() {
        List<Column> own = List.of(
                req("subject_id", id()),
                req("surname", text()),
                req("forenames", text()),
                opt("dob", pastDate()),
                req("kind", oneOf("ALIAS", "NICKNAME", "MAIDEN_NAME", "ALTERNATIVE_SPELLING")));
        return link(
                "aliases.csv",
                own,
                List.of(Reference.to("subject_id", NodeKind.SUBJECT)),
                List.of(),
                List.of(new Write(
                        """
                        UNWIND $rows AS row
                        MATCH (s:Subject {id: row.subjectId})
                        MERGE (a:Alias {key: row.aliasKey})
                        SET a += row.alias
                        MERGE (s)-[r:HAS_ALIAS]->(a)
                        SET r += row.prov
                        """,
                        row -> true,
                        row -> {
                            Map<String, Object> p = new HashMap<>();
                            p.put("subjectId", row.get("subject_id"));
                            p.put(
                                    "aliasKey",
                                    String.join(
                                            "\u001f",
                                            row.text("subject_id"),
                                            row.text("surname"),
                                            row.text("forenames"),
                                            Objects.toString(row.get("dob"), ""),
                                            row.text("kind")));
                            p.put("alias", props(row, own.subList(1, own.size())));
                            p.put("prov", provenance(row));
                            return p;
                        },
                        (p, g) -> {
                            Ref s = g.find("Subject", "id", p.get("subjectId"));
                            if (s == null) {
                                return;
                            }
                            @SuppressWarnings("unchecked")
                            Map<String, Object> alias = (Map<String, Object>) p.get("alias");
                            Ref a = g.mergeNode("Alias", "key", p.get("aliasKey"), alias);
                            g.mergeRelationship(s, "HAS_ALIAS", a, Map.of(), prov(p));
                        })));
    }

    static FileSpec groups() {
        List<Column> columns = List.of(
                req("group_id", id()).as("id"),
                req("type", oneOf("GANG", "OCG")),
                req("name", text()),
                opt("borough", text()),
                opt("ocgm_band", pattern("[1-3][A-C]", "an OCGM band 1A to 3C")),
                opt("primary_activity", text()),
                req("review_date", date()),
                req("source", text()),
                req("recorded_at", pastInstant()));
        RowRule bandOnlyForOcg = (row, errors) -> {
            if (row.has("ocgm_band") && "GANG".equals(row.get("type"))) {
                errors.add("ocgm_band", "only an OCG has an OCGM band", row.get("ocgm_band"));
            }
        };
        return new FileSpec(
                "groups.csv",
                true,
                NodeKind.GROUP,
                "group_id",
                columns,
                List.of(),
                List.of(bandOnlyForOcg),
                List.of(new Write(
                        """
                        UNWIND $rows AS row
                        MERGE (n:Group {id: row.key})
                        SET n += row.props
                        SET n:$(row.label)
                        REMOVE n:$(row.otherLabel)
                        """,
                        row -> true,
                        row -> {
                            Map<String, Object> p = nodeParameters(row, "group_id", columns);
                            boolean gang = "GANG".equals(row.get("type"));
                            p.put("label", gang ? "Gang" : "Ocg");
                            p.put("otherLabel", gang ? "Ocg" : "Gang");
                            return p;
                        },
                        (p, g) -> {
                            Ref n = g.mergeNode("Group", "id", p.get("key"), props(p));
                            g.relabel(n, (String) p.get("label"), (String) p.get("otherLabel"));
                        })));
    }

    static FileSpec memberships() {
        List<Column> own = List.of(
                req("subject_id", id()),
                req("group_id", id()),
                req("role", oneOf("LEADER", "PRINCIPAL", "SIGNIFICANT", "CORE", "MEMBER", "PERIPHERAL", "ASSOCIATE")));
        return simpleLink(
                "memberships.csv",
                own,
                NodeKind.SUBJECT,
                "subject_id",
                NodeKind.GROUP,
                "group_id",
                "MEMBER_OF",
                List.of("source"),
                List.of("role"));
    }

    static FileSpec subjectLocations() {
        List<Column> own = List.of(
                req("subject_id", id()),
                req("location_id", id()),
                req("kind", oneOf("HOME", "FORMER_HOME", "FREQUENTS", "WORK", "STASH")));
        return simpleLink(
                "subject_locations.csv",
                own,
                NodeKind.SUBJECT,
                "subject_id",
                NodeKind.LOCATION,
                "location_id",
                "LINKED_TO",
                List.of("kind", "source"),
                List.of());
    }

    static FileSpec uses() {
        List<Column> own = List.of(
                req("subject_id", id()),
                req("object_type", oneOf("PHONE", "VEHICLE", "WEAPON")),
                req("object_id", id()));
        List<Write> writes = Stream.of(NodeKind.PHONE, NodeKind.VEHICLE, NodeKind.WEAPON)
                .map(kind -> new Write(
                        """
                        UNWIND $rows AS row
                        MATCH (a:Subject {id: row.from})
                        MATCH (b:%s {id: row.to})
                        MERGE (a)-[r:USES {source: row.source}]->(b)
                        SET r += row.props
                        """.formatted(kind.label()),
                        (Predicate<Row>) row -> kind.name().equals(row.get("object_type")),
                        row -> linkParameters(row, "subject_id", "object_id", List.of("source"), List.of()),
                        (FileSpec.Core)
                                (p, g) -> simpleLinkCore(p, g, NodeKind.SUBJECT, kind, "USES", List.of("source"))))
                .toList();
        Reference object = new Reference("object_id", row -> NodeKind.valueOf(row.text("object_type")));
        return link("uses.csv", own, List.of(Reference.to("subject_id", NodeKind.SUBJECT), object), List.of(), writes);
    }

    // ---- incidents -------------------------------------------------------------------------

    static FileSpec incidents() {
        List<Column> columns = List.of(
                req("incident_id", id()).as("id"),
                req("type", oneOf("CRIME_REPORT", "ARREST", "CUSTODY", "STOP", "SHOOTING", "STABBING", "CONVICTION")),
                req("offence_code", pattern("[A-Z][A-Z0-9_]{0,63}", "an offence code")),
                req("occurred_at", pastInstant()),
                opt("location_id", id()),
                opt("borough", text()),
                opt("summary", freeText()),
                req("review_date", date()),
                req("source", text()),
                req("recorded_at", pastInstant()));
        List<Column> stored = columns.stream()
                .filter(c -> !c.name().equals("offence_code") && !c.name().equals("location_id"))
                .toList();
        return new FileSpec(
                "incidents.csv",
                true,
                NodeKind.INCIDENT,
                "incident_id",
                columns,
                List.of(Reference.to("offence_code", NodeKind.OFFENCE), Reference.to("location_id", NodeKind.LOCATION)),
                List.of(),
                List.of(new Write(
                        """
                        UNWIND $rows AS row
                        MERGE (n:Incident {id: row.key})
                        SET n += row.props
                        WITH n, row
                        CALL (n, row) {
                          MATCH (o:Offence {code: row.offenceCode})
                          MERGE (n)-[c:CLASSIFIED_AS]->(o)
                          SET c += row.prov
                        }
                        CALL (n, row) {
                          MATCH (n)-[stale:CLASSIFIED_AS]->(o:Offence) WHERE o.code <> row.offenceCode
                          DELETE stale
                        }
                        CALL (n, row) {
                          MATCH (n)-[stale:OCCURRED_AT]->(l:Location)
                          WHERE row.locationId IS NULL OR l.id <> row.locationId
                          DELETE stale
                        }
                        CALL (n, row) {
                          MATCH (l:Location {id: row.locationId})
                          MERGE (n)-[a:OCCURRED_AT]->(l)
                          SET a += row.prov
                        }
                        """,
                        row -> true,
                        row -> {
                            Map<String, Object> p = nodeParameters(row, "incident_id", stored);
                            p.put("offenceCode", row.get("offence_code"));
                            p.put("locationId", row.get("location_id"));
                            p.put("prov", recordProvenance(row));
                            return p;
                        },
                        (p, g) -> {
                            Ref n = g.mergeNode("Incident", "id", p.get("key"), props(p));
                            Object offenceCode = p.get("offenceCode");
                            Object locationId = p.get("locationId");
                            Ref o = g.find("Offence", "code", offenceCode);
                            if (o != null) {
                                g.mergeRelationship(n, "CLASSIFIED_AS", o, Map.of(), prov(p));
                            }
                            g.deleteOutgoingExcept(n, "CLASSIFIED_AS", "Offence", "code", offenceCode);
                            g.deleteOutgoingExcept(n, "OCCURRED_AT", "Location", "id", locationId);
                            Ref l = g.find("Location", "id", locationId);
                            if (l != null) {
                                g.mergeRelationship(n, "OCCURRED_AT", l, Map.of(), prov(p));
                            }
                        })));
    }

    static FileSpec involvements() {
        List<Column> own = List.of(
                req("subject_id", id()),
                req("incident_id", id()),
                req("category", oneOf("OFFENDER", "SUSPECT", "VICTIM", "WITNESS", "OTHER")),
                opt(
                        "outcome",
                        oneOf("CONVICTED", "CHARGED", "CAUTIONED", "ARRESTED", "NO_FURTHER_ACTION", "SUSPECTED")));
        RowRule outcomeOnlyForOffenders = (row, errors) -> {
            boolean offender = "OFFENDER".equals(row.get("category")) || "SUSPECT".equals(row.get("category"));
            if (offender && !row.has("outcome")) {
                errors.add("outcome", "required for an OFFENDER or SUSPECT (the evidence level)", null);
            }
            if (!offender && row.has("outcome")) {
                errors.add(
                        "outcome",
                        "must be empty for a " + row.get("category") + ": only offenders and suspects have an outcome",
                        row.get("outcome"));
            }
        };
        FileSpec base = simpleLink(
                "involvements.csv",
                own,
                NodeKind.SUBJECT,
                "subject_id",
                NodeKind.INCIDENT,
                "incident_id",
                "INVOLVED_IN",
                List.of("category"),
                List.of("outcome"));
        return withRules(base, outcomeOnlyForOffenders);
    }

    // ---- intelligence ----------------------------------------------------------------------

    static FileSpec intelligence() {
        List<Column> columns = List.of(
                req("intel_id", id()).as("id"),
                req("summary", freeText()),
                req("grade_scheme", oneOf("3x5x2", "5x5x5")),
                req("grade", text()),
                req("handling", text()),
                opt("handling_conditions", freeText()),
                req("review_date", date()),
                req("source", text()),
                req("recorded_at", pastInstant()));
        RowRule conditions = (row, errors) -> {
            String scheme = row.text("grade_scheme");
            String handling = row.text("handling");
            if (scheme != null
                    && handling != null
                    && requiresConditions(scheme, handling)
                    && !row.has("handling_conditions")) {
                errors.add("handling_conditions", "required when handling is " + handling + " (" + scheme + ")", null);
            }
        };
        return node(
                "intelligence.csv",
                NodeKind.INTEL,
                "intel_id",
                columns,
                List.of(),
                List.of(BundleSchema::checkGrade, conditions),
                """
                UNWIND $rows AS row
                MERGE (n:IntelReport {id: row.key})
                SET n += row.props
                """);
    }

    static FileSpec intelSubjects() {
        List<Column> own = List.of(
                req("intel_id", id()),
                req("subject_id", id()),
                req("role", oneOf("SUBJECT", "ASSOCIATE", "VICTIM", "MENTIONED")));
        // No provenance columns: a mention takes its source, time and grade from the report.
        return new FileSpec(
                "intel_subjects.csv",
                false,
                null,
                null,
                own,
                List.of(Reference.to("intel_id", NodeKind.INTEL), Reference.to("subject_id", NodeKind.SUBJECT)),
                List.of(),
                List.of(new Write(
                        """
                        UNWIND $rows AS row
                        MATCH (i:IntelReport {id: row.from})
                        MATCH (s:Subject {id: row.to})
                        MERGE (i)-[r:MENTIONS]->(s)
                        SET r.role = row.role, r.source = i.id, r.recordedAt = i.recordedAt,
                            r.basis = 'ASSESSMENT', r.gradeScheme = i.gradeScheme, r.grade = i.grade,
                            r.handling = i.handling, r.validFrom = null, r.validTo = null
                        """,
                        row -> true,
                        row -> Map.of(
                                "from", row.get("intel_id"),
                                "to", row.get("subject_id"),
                                "role", row.get("role")),
                        (p, g) -> {
                            Ref i = g.find("IntelReport", "id", p.get("from"));
                            Ref s = g.find("Subject", "id", p.get("to"));
                            if (i == null || s == null) {
                                return;
                            }
                            Map<String, Object> r = new HashMap<>();
                            r.put("role", p.get("role"));
                            r.put("source", g.property(i, "id"));
                            r.put("recordedAt", g.property(i, "recordedAt"));
                            r.put("basis", "ASSESSMENT");
                            r.put("gradeScheme", g.property(i, "gradeScheme"));
                            r.put("grade", g.property(i, "grade"));
                            r.put("handling", g.property(i, "handling"));
                            r.put("validFrom", null);
                            r.put("validTo", null);
                            g.mergeRelationship(i, "MENTIONS", s, Map.of(), r);
                        })));
    }

    static FileSpec associations() {
        List<Column> own = List.of(
                req("subject_id", id()),
                req("associate_id", id()),
                req("kind", oneOf("ASSOCIATE", "FAMILY", "PARTNER", "CO_OFFENDER", "CELLMATE", "RIVAL")),
                opt("weight", decimal(0, 1_000, true)),
                opt("intel_id", id()));
        RowRule notSelf = (row, errors) -> {
            if (Objects.equals(row.get("subject_id"), row.get("associate_id"))) {
                errors.add("associate_id", "a subject cannot be associated with itself", row.get("associate_id"));
            }
        };
        return link(
                "associations.csv",
                own,
                List.of(
                        Reference.to("subject_id", NodeKind.SUBJECT),
                        Reference.to("associate_id", NodeKind.SUBJECT),
                        Reference.to("intel_id", NodeKind.INTEL)),
                List.of(notSelf),
                List.of(new Write(
                        """
                        UNWIND $rows AS row
                        MATCH (a:Subject {id: row.from})
                        MATCH (b:Subject {id: row.to})
                        MERGE (a)-[r:ASSOCIATE_OF {kind: row.kind, source: row.source}]->(b)
                        SET r += row.props
                        """,
                        row -> true,
                        row -> {
                            Map<String, Object> p = linkParameters(
                                    row, "subject_id", "associate_id", List.of("kind", "source"), List.of("intel_id"));
                            @SuppressWarnings("unchecked")
                            Map<String, Object> props = (Map<String, Object>) p.get("props");
                            props.put("weight", row.has("weight") ? row.get("weight") : 1.0);
                            return p;
                        },
                        (p, g) -> simpleLinkCore(
                                p, g, NodeKind.SUBJECT, NodeKind.SUBJECT, "ASSOCIATE_OF", List.of("kind", "source")))));
    }

    // ---- convictions, checks, referrals ------------------------------------------------------

    static FileSpec convictions() {
        List<Column> columns = List.of(
                req("conviction_id", id()).as("id"),
                req("subject_id", id()),
                req("offence_code", pattern("[A-Z][A-Z0-9_]{0,63}", "an offence code")),
                req("convicted_on", pastDate()),
                req("country", country()),
                opt("court", text()),
                opt("sentence", text()),
                opt("incident_id", id()),
                req("source", text()),
                req("recorded_at", pastInstant()));
        List<Column> stored = columns.stream()
                .filter(c ->
                        Stream.of("subject_id", "offence_code", "incident_id").noneMatch(c.name()::equals))
                .toList();
        RowRule ukOnlyForIncident = (row, errors) -> {
            if (row.has("incident_id") && !"GBR".equals(row.get("country"))) {
                errors.add(
                        "incident_id", "only a UK (GBR) conviction can conclude a UK incident", row.get("incident_id"));
            }
        };
        return new FileSpec(
                "convictions.csv",
                true,
                NodeKind.CONVICTION,
                "conviction_id",
                columns,
                List.of(
                        Reference.to("subject_id", NodeKind.SUBJECT),
                        Reference.to("offence_code", NodeKind.OFFENCE),
                        Reference.to("incident_id", NodeKind.INCIDENT)),
                List.of(ukOnlyForIncident),
                List.of(new Write(
                        """
                        UNWIND $rows AS row
                        MATCH (s:Subject {id: row.subjectId})
                        MATCH (o:Offence {code: row.offenceCode})
                        MERGE (n:Conviction {id: row.key})
                        SET n += row.props, n.overseas = row.props.country <> 'GBR'
                        MERGE (s)-[h:HAS_CONVICTION]->(n)
                        SET h += row.prov
                        MERGE (n)-[f:FOR_OFFENCE]->(o)
                        SET f += row.prov
                        WITH n, row
                        CALL (n, row) {
                          MATCH (i:Incident {id: row.incidentId})
                          MERGE (n)-[c:CONCLUDES]->(i)
                          SET c += row.prov
                        }
                        """,
                        row -> true,
                        row -> {
                            Map<String, Object> p = nodeParameters(row, "conviction_id", stored);
                            p.put("subjectId", row.get("subject_id"));
                            p.put("offenceCode", row.get("offence_code"));
                            p.put("incidentId", row.get("incident_id"));
                            p.put("prov", recordProvenance(row));
                            return p;
                        },
                        (p, g) -> {
                            Ref s = g.find("Subject", "id", p.get("subjectId"));
                            Ref o = g.find("Offence", "code", p.get("offenceCode"));
                            if (s == null || o == null) {
                                return;
                            }
                            Map<String, Object> conviction = new HashMap<>(props(p));
                            conviction.put("overseas", !"GBR".equals(conviction.get("country")));
                            Ref n = g.mergeNode("Conviction", "id", p.get("key"), conviction);
                            g.mergeRelationship(s, "HAS_CONVICTION", n, Map.of(), prov(p));
                            g.mergeRelationship(n, "FOR_OFFENCE", o, Map.of(), prov(p));
                            Ref i = g.find("Incident", "id", p.get("incidentId"));
                            if (i != null) {
                                g.mergeRelationship(n, "CONCLUDES", i, Map.of(), prov(p));
                            }
                        })));
    }

    static FileSpec checks() {
        List<Column> columns = List.of(
                req("check_id", id()).as("id"),
                req("subject_id", id()),
                req("kind", oneOf("ACRO", "INTERPOL", "PNC", "SIS_II", "EAW")),
                req("requested_at", pastInstant()),
                opt("completed_at", pastInstant()),
                req("result", oneOf("PENDING", "NO_TRACE", "TRACE", "WANTED")),
                opt("summary", freeText()),
                opt("incident_id", id()),
                req("source", text()),
                req("recorded_at", pastInstant()));
        List<Column> stored = columns.stream()
                .filter(c -> !c.name().equals("subject_id") && !c.name().equals("incident_id"))
                .toList();
        RowRule ordered = (row, errors) -> {
            if ("PENDING".equals(row.get("result")) && row.has("completed_at")) {
                errors.add("completed_at", "a PENDING check has not completed", row.get("completed_at"));
            }
            if (row.get("completed_at") instanceof ZonedDateTime done
                    && row.get("requested_at") instanceof ZonedDateTime asked
                    && done.isBefore(asked)) {
                errors.add("completed_at", "is before requested_at", done);
            }
        };
        return new FileSpec(
                "checks.csv",
                true,
                NodeKind.CHECK,
                "check_id",
                columns,
                List.of(Reference.to("subject_id", NodeKind.SUBJECT), Reference.to("incident_id", NodeKind.INCIDENT)),
                List.of(ordered),
                List.of(new Write(
                        """
                        UNWIND $rows AS row
                        MATCH (s:Subject {id: row.subjectId})
                        MERGE (n:Check {id: row.key})
                        SET n += row.props
                        MERGE (n)-[c:CONCERNS]->(s)
                        SET c += row.prov
                        WITH n, row
                        CALL (n, row) {
                          MATCH (i:Incident {id: row.incidentId})
                          MERGE (n)-[t:TRIGGERED_BY]->(i)
                          SET t += row.prov
                        }
                        """,
                        row -> true,
                        row -> {
                            Map<String, Object> p = nodeParameters(row, "check_id", stored);
                            p.put("subjectId", row.get("subject_id"));
                            p.put("incidentId", row.get("incident_id"));
                            p.put("prov", recordProvenance(row));
                            return p;
                        },
                        (p, g) -> {
                            Ref s = g.find("Subject", "id", p.get("subjectId"));
                            if (s == null) {
                                return;
                            }
                            Ref n = g.mergeNode("Check", "id", p.get("key"), props(p));
                            g.mergeRelationship(n, "CONCERNS", s, Map.of(), prov(p));
                            Ref i = g.find("Incident", "id", p.get("incidentId"));
                            if (i != null) {
                                g.mergeRelationship(n, "TRIGGERED_BY", i, Map.of(), prov(p));
                            }
                        })));
    }

    static FileSpec referrals() {
        List<Column> columns = List.of(
                req("referral_id", id()).as("id"),
                req("subject_id", id()),
                req("originator_id", id()),
                req("state", oneOf("DRAFT", "SUBMITTED", "APPROVED", "ACCEPTED", "REJECTED")),
                req("justification", freeText()),
                req("created_at", pastInstant()),
                req("created_by", text()),
                opt("submitted_at", pastInstant()),
                opt("approved_at", pastInstant()),
                opt("approved_by", text()),
                opt("decided_at", pastInstant()),
                opt("rejection_reason", freeText()),
                opt(
                        "outcome",
                        oneOf(
                                "DEPORTED",
                                "IMMIGRATION_DETENTION",
                                "REPORTING_RESTRICTIONS",
                                "HMP_DETENTION",
                                "HMP_REMAND",
                                "LIVE_INVESTIGATION",
                                "UNACTIONABLE")),
                opt("outcome_at", pastInstant()),
                opt("barrier", freeText()),
                opt("next_review", date()),
                opt("borough", text()));
        List<Column> stored = columns.stream()
                .filter(c -> !c.name().equals("subject_id") && !c.name().equals("originator_id"))
                .toList();
        return new FileSpec(
                "referrals.csv",
                true,
                NodeKind.REFERRAL,
                "referral_id",
                columns,
                List.of(
                        Reference.to("subject_id", NodeKind.SUBJECT),
                        Reference.to("originator_id", NodeKind.ORIGINATOR)),
                List.of(BundleSchema::checkReferral),
                List.of(new Write(
                        """
                        UNWIND $rows AS row
                        MATCH (s:Subject {id: row.subjectId})
                        MATCH (o:ReferralOriginator {id: row.originatorId})
                        MERGE (n:Referral {id: row.key})
                        SET n += row.props
                        MERGE (n)-[c:CONCERNS]->(s)
                        SET c += row.prov
                        MERGE (n)-[b:ORIGINATED_BY]->(o)
                        SET b += row.prov
                        """,
                        row -> true,
                        row -> {
                            Map<String, Object> p = nodeParameters(row, "referral_id", stored);
                            p.put("subjectId", row.get("subject_id"));
                            p.put("originatorId", row.get("originator_id"));
                            Map<String, Object> prov = new HashMap<>();
                            prov.put("source", "referral " + row.get("referral_id"));
                            prov.put("recordedAt", row.get("created_at"));
                            prov.put("basis", "FACT");
                            p.put("prov", prov);
                            return p;
                        },
                        (p, g) -> {
                            Ref s = g.find("Subject", "id", p.get("subjectId"));
                            Ref o = g.find("ReferralOriginator", "id", p.get("originatorId"));
                            if (s == null || o == null) {
                                return;
                            }
                            Ref n = g.mergeNode("Referral", "id", p.get("key"), props(p));
                            g.mergeRelationship(n, "CONCERNS", s, Map.of(), prov(p));
                            g.mergeRelationship(n, "ORIGINATED_BY", o, Map.of(), prov(p));
                        })));
    }

    private static void checkReferral(Row row, FileSpec.RowErrors errors) {
        String state = Objects.toString(row.get("state"), "");
        List<String> order = List.of("DRAFT", "SUBMITTED", "APPROVED", "ACCEPTED");
        int stage = state.equals("REJECTED") ? 3 : order.indexOf(state);
        requireIf(row, errors, stage >= 1, "submitted_at", "required once a referral is " + state);
        requireIf(row, errors, stage >= 2, "approved_at", "required once a referral is " + state);
        requireIf(row, errors, stage >= 2, "approved_by", "required once a referral is " + state);
        requireIf(row, errors, stage >= 3, "decided_at", "required once a referral is " + state);
        requireIf(row, errors, state.equals("REJECTED"), "rejection_reason", "required for a REJECTED referral");
        if (row.has("approved_by") && Objects.equals(row.get("approved_by"), row.get("created_by"))) {
            errors.add("approved_by", "four-eyes: the approver must not be the author", row.get("approved_by"));
        }
        if (row.has("outcome") && !state.equals("ACCEPTED")) {
            errors.add("outcome", "only an ACCEPTED referral has an outcome", row.get("outcome"));
        }
        if (row.has("outcome") != row.has("outcome_at")) {
            errors.add(row.has("outcome") ? "outcome_at" : "outcome", "outcome and outcome_at go together", null);
        }
        requireIf(
                row,
                errors,
                "UNACTIONABLE".equals(row.get("outcome")),
                "barrier",
                "required when the outcome is UNACTIONABLE (the immigration barrier)");
        String previous = null;
        for (String field : List.of("created_at", "submitted_at", "approved_at", "decided_at", "outcome_at")) {
            if (row.get(field) instanceof ZonedDateTime t) {
                if (previous != null && t.isBefore((ZonedDateTime) row.get(previous))) {
                    errors.add(field, "is before " + previous, t);
                }
                previous = field;
            }
        }
    }

    private static void requireIf(Row row, FileSpec.RowErrors errors, boolean condition, String field, String why) {
        if (condition && !row.has(field)) {
            errors.add(field, why, null);
        }
    }

    // ---- shared rules and parameter builders ---------------------------------------------------

    /** Grade, scheme and handling must fit together; FACT carries no grade. */
    static void checkGrade(Row row, FileSpec.RowErrors errors) {
        String scheme = row.text("grade_scheme");
        String grade = row.text("grade");
        String handling = row.text("handling");
        if ("FACT".equals(row.get("basis")) && (scheme != null || grade != null || handling != null)) {
            errors.add(
                    scheme != null ? "grade_scheme" : grade != null ? "grade" : "handling",
                    "a FACT carries no intelligence grade",
                    null);
            return;
        }
        if (scheme == null) {
            if (grade != null || handling != null) {
                errors.add("grade_scheme", "required with a grade or handling code", null);
            }
            return;
        }
        if (grade == null) {
            errors.add("grade", "required with grade_scheme " + scheme, null);
        } else if (scheme.equals("3x5x2") && !GRADE_3X5X2.matcher(grade).matches()) {
            errors.add("grade", "not a 3x5x2 grade (source 1-3 then intelligence A-E, e.g. 2B)", grade);
        } else if (scheme.equals("5x5x5") && !GRADE_5X5X5.matcher(grade).matches()) {
            errors.add("grade", "not a 5x5x5 grade (source A-E then intelligence 1-5, e.g. B2)", grade);
        }
        if (handling == null) {
            errors.add("handling", "required with grade_scheme " + scheme, null);
        } else if (scheme.equals("3x5x2") && !handling.matches("[PC]")) {
            errors.add("handling", "not a 3x5x2 handling code (P or C)", handling);
        } else if (scheme.equals("5x5x5") && !handling.matches("[1-5]")) {
            errors.add("handling", "not a 5x5x5 handling code (1 to 5)", handling);
        }
    }

    private static boolean requiresConditions(String scheme, String handling) {
        return scheme.equals("3x5x2") ? handling.equals("C") : handling.matches("[2-5]");
    }

    private static void checkValidity(Row row, FileSpec.RowErrors errors) {
        if (row.get("valid_from") instanceof LocalDate from
                && row.get("valid_to") instanceof LocalDate to
                && to.isBefore(from)) {
            errors.add("valid_to", "is before valid_from", to);
        }
    }

    private static FileSpec node(
            String file,
            NodeKind kind,
            String idColumn,
            List<Column> columns,
            List<Reference> references,
            List<RowRule> rules,
            String cypher) {
        return new FileSpec(
                file,
                true,
                kind,
                idColumn,
                columns,
                references,
                rules,
                List.of(new Write(
                        cypher,
                        row -> true,
                        row -> nodeParameters(row, idColumn, columns),
                        (p, g) -> g.mergeNode(kind.label(), kind.key(), p.get("key"), props(p)))));
    }

    /** A link file: its own columns plus provenance, provenance rules plus its own. */
    private static FileSpec link(
            String file, List<Column> own, List<Reference> references, List<RowRule> rules, List<Write> writes) {
        List<Column> columns = new ArrayList<>(own);
        columns.addAll(PROVENANCE);
        List<RowRule> allRules = new ArrayList<>(List.of(BundleSchema::checkGrade, BundleSchema::checkValidity));
        allRules.addAll(rules);
        return new FileSpec(file, false, null, null, List.copyOf(columns), references, List.copyOf(allRules), writes);
    }

    /** A link file with one relationship between two nodes, merged on the given key columns. */
    private static FileSpec simpleLink(
            String file,
            List<Column> own,
            NodeKind fromKind,
            String fromColumn,
            NodeKind toKind,
            String toColumn,
            String type,
            List<String> keyColumns,
            List<String> propertyColumns) {
        String key = keyColumns.stream()
                .map(c -> Column.camel(c) + ": row." + Column.camel(c))
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        String cypher = """
                UNWIND $rows AS row
                MATCH (a:%s {%s: row.from})
                MATCH (b:%s {%s: row.to})
                MERGE (a)-[r:%s {%s}]->(b)
                SET r += row.props
                """.formatted(fromKind.label(), fromKind.key(), toKind.label(), toKind.key(), type, key);
        return link(
                file,
                own,
                List.of(Reference.to(fromColumn, fromKind), Reference.to(toColumn, toKind)),
                List.of(),
                List.of(new Write(
                        cypher,
                        row -> true,
                        row -> linkParameters(row, fromColumn, toColumn, keyColumns, propertyColumns),
                        (p, g) -> simpleLinkCore(p, g, fromKind, toKind, type, keyColumns))));
    }

    private static FileSpec withRules(FileSpec spec, RowRule... rules) {
        List<RowRule> all = new ArrayList<>(spec.rules());
        all.addAll(List.of(rules));
        return new FileSpec(
                spec.file(),
                spec.entity(),
                spec.defines(),
                spec.idColumn(),
                spec.columns(),
                spec.references(),
                List.copyOf(all),
                spec.writes());
    }

    static Map<String, Object> nodeParameters(Row row, String idColumn, List<Column> columns) {
        Map<String, Object> p = new HashMap<>();
        p.put("key", row.get(idColumn));
        p.put("props", props(row, columns));
        return p;
    }

    static Map<String, Object> linkParameters(
            Row row, String fromColumn, String toColumn, List<String> keyColumns, List<String> propertyColumns) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", row.get(fromColumn));
        p.put("to", row.get(toColumn));
        for (String k : keyColumns) {
            p.put(Column.camel(k), row.get(k));
        }
        Map<String, Object> props = provenance(row);
        for (String c : propertyColumns) {
            props.put(Column.camel(c), row.get(c));
        }
        p.put("props", props);
        return p;
    }

    /**
     * The core form of {@link #simpleLink}'s Cypher: {@code MATCH (a) MATCH (b) MERGE
     * (a)-[r:type {keys}]->(b) SET r += row.props}.
     */
    private static void simpleLinkCore(
            Map<String, Object> p,
            GraphWriter g,
            NodeKind fromKind,
            NodeKind toKind,
            String type,
            List<String> keyColumns) {
        Ref a = g.find(fromKind.label(), fromKind.key(), p.get("from"));
        Ref b = g.find(toKind.label(), toKind.key(), p.get("to"));
        if (a == null || b == null) {
            return;
        }
        Map<String, Object> keys = new HashMap<>();
        for (String k : keyColumns) {
            keys.put(Column.camel(k), p.get(Column.camel(k)));
        }
        g.mergeRelationship(a, type, b, keys, props(p));
    }

    /** {@code row.props} of a parameter map. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> p) {
        return (Map<String, Object>) p.get("props");
    }

    /** {@code row.prov} of a parameter map. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> prov(Map<String, Object> p) {
        return (Map<String, Object>) p.get("prov");
    }

    /** Every column's value under its property name; absent cells as null so SET += removes them. */
    static Map<String, Object> props(Row row, List<Column> columns) {
        Map<String, Object> props = new HashMap<>();
        for (Column c : columns) {
            props.put(c.property(), row.get(c.name()));
        }
        return props;
    }

    /** The provenance properties of a link row. */
    static Map<String, Object> provenance(Row row) {
        return props(row, PROVENANCE);
    }

    /**
     * Provenance of the structural links of a record (incident → offence, conviction → subject…):
     * the record's own source and time, as fact.
     */
    static Map<String, Object> recordProvenance(Row row) {
        Map<String, Object> prov = new HashMap<>();
        prov.put("source", row.get("source"));
        prov.put("recordedAt", row.get("recorded_at"));
        prov.put("basis", "FACT");
        return prov;
    }
}
