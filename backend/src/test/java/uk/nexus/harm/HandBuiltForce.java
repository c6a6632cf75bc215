package uk.nexus.harm;

import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * A small force whose scores can be worked out by hand (the expected values in the tests are
 * computed from the offence table and the formulas of design §4, not taken from our output).
 *
 * <pre>
 *   V1 — H1 ═2═ H2 — H3 — H4 — H5        (association weights 1 unless marked; H2–H3 is 3C
 *              └───────────┘             intelligence; H3–H4 held 2010–2015; H1–H5 is RIVAL)
 *   W1 (no ties)   H6 (past review)
 * </pre>
 *
 * Offending: I1 robbery (365 days) today: H1 OFFENDER convicted, H2 SUSPECT arrested, H6 OFFENDER
 * convicted (past review), V1 VICTIM, W1 WITNESS, H1 also VICTIM of I2. I3 firearm possession (1825)
 * four years ago (1461 days): H2 SUSPECT on 2B intelligence. C1: H3 convicted of murder (5475) in
 * France four years ago. I4 residential burglary (274) today: H4 OFFENDER charged and SUSPECT arrested.
 * Groups: G1 gang (H1, H2 current; H3 left), G2 OCG (H3, H4).
 */
public final class HandBuiltForce {

    /** Four years in days: recency 0.25 at the default half-life of two years. */
    public static final int FOUR_YEARS = 1461;

    public static final double H1 = 365 * 1.0;
    public static final double H2 = 365 * 0.4 + 1825 * (0.3 * 0.7 * 0.8) * 0.25;
    public static final double H3 = 5475 * 1.0 * 0.25;
    public static final double H4 = 274 * 0.7;

    private static final String CYPHER = """
            MATCH (rob:Offence {code: 'ROBBERY_PERSONAL'}), (gun:Offence {code: 'POSSESSION_FIREARM'}),
                  (murder:Offence {code: 'MURDER'}), (burglary:Offence {code: 'BURGLARY_RESIDENTIAL'})
            WITH rob, gun, murder, burglary, date() + duration('P10Y') AS later, date() - duration('P1D') AS yesterday
            CREATE (h1:Subject {id: 'H1', surname: 'One', forenames: 'Harry', reviewDate: later,
                                nationalities: ['GBR'], ethnicity: 'W1', immigrationStatus: 'BRITISH_CITIZEN'})
            CREATE (h2:Subject {id: 'H2', surname: 'Two', forenames: 'Hana', reviewDate: later,
                                nationalities: ['NGA'], ethnicity: 'B1', immigrationStatus: 'LEAVE_TO_REMAIN'})
            CREATE (h3:Subject {id: 'H3', surname: 'Three', forenames: 'Hugo', reviewDate: later,
                                nationalities: ['FRA'], immigrationStatus: 'SETTLED'})
            CREATE (h4:Subject {id: 'H4', surname: 'Four', forenames: 'Hal', reviewDate: later})
            CREATE (h5:Subject {id: 'H5', surname: 'Five', forenames: 'Hope', reviewDate: later,
                                nationalities: ['JAM'], ethnicity: 'B2', immigrationStatus: 'OVERSTAYER'})
            CREATE (h6:Subject {id: 'H6', surname: 'Six', forenames: 'Huw', reviewDate: yesterday})
            CREATE (v1:Subject {id: 'V1', surname: 'Victim', forenames: 'Vera', reviewDate: later})
            CREATE (w1:Subject {id: 'W1', surname: 'Witness', forenames: 'Wes', reviewDate: later})
            CREATE (i1:Incident {id: 'I1', type: 'CRIME_REPORT', occurredAt: datetime(), reviewDate: later})-[:CLASSIFIED_AS]->(rob)
            CREATE (i2:Incident {id: 'I2', type: 'CRIME_REPORT', occurredAt: datetime(), reviewDate: later})-[:CLASSIFIED_AS]->(rob)
            CREATE (i3:Incident {id: 'I3', type: 'STOP', occurredAt: datetime() - duration({days: $fourYears}),
                                 reviewDate: later})-[:CLASSIFIED_AS]->(gun)
            CREATE (i4:Incident {id: 'I4', type: 'CRIME_REPORT', occurredAt: datetime(), reviewDate: later})-[:CLASSIFIED_AS]->(burglary)
            CREATE (h1)-[:INVOLVED_IN {category: 'OFFENDER', outcome: 'CONVICTED', basis: 'FACT', source: 'CR-1'}]->(i1)
            CREATE (h2)-[:INVOLVED_IN {category: 'SUSPECT', outcome: 'ARRESTED', basis: 'FACT', source: 'CR-1'}]->(i1)
            CREATE (h6)-[:INVOLVED_IN {category: 'OFFENDER', outcome: 'CONVICTED', basis: 'FACT', source: 'CR-1'}]->(i1)
            CREATE (v1)-[:INVOLVED_IN {category: 'VICTIM', basis: 'FACT', source: 'CR-1'}]->(i1)
            CREATE (w1)-[:INVOLVED_IN {category: 'WITNESS', basis: 'FACT', source: 'CR-1'}]->(i1)
            CREATE (h1)-[:INVOLVED_IN {category: 'VICTIM', basis: 'FACT', source: 'CR-2'}]->(i2)
            CREATE (h2)-[:INVOLVED_IN {category: 'SUSPECT', outcome: 'SUSPECTED', basis: 'ASSESSMENT',
                                       gradeScheme: '3x5x2', grade: '2B', handling: 'P', source: 'INT-3'}]->(i3)
            CREATE (h4)-[:INVOLVED_IN {category: 'OFFENDER', outcome: 'CHARGED', basis: 'FACT', source: 'CR-4'}]->(i4)
            CREATE (h4)-[:INVOLVED_IN {category: 'SUSPECT', outcome: 'ARRESTED', basis: 'FACT', source: 'CR-4'}]->(i4)
            CREATE (c1:Conviction {id: 'C1', country: 'FRA', overseas: true, source: 'ACRO-1',
                                   convictedOn: date() - duration({days: $fourYears})})
            CREATE (h3)-[:HAS_CONVICTION {source: 'ACRO-1', basis: 'FACT'}]->(c1)-[:FOR_OFFENCE]->(murder)
            CREATE (v1)-[:ASSOCIATE_OF {kind: 'FAMILY', weight: 1.0, basis: 'FACT', source: 'A-1'}]->(h1)
            CREATE (h1)-[:ASSOCIATE_OF {kind: 'ASSOCIATE', weight: 2.0, basis: 'FACT', source: 'A-2'}]->(h2)
            CREATE (h2)-[:ASSOCIATE_OF {kind: 'ASSOCIATE', weight: 1.0, basis: 'ASSESSMENT', gradeScheme: '3x5x2',
                                        grade: '3C', handling: 'P', source: 'INT-9'}]->(h3)
            CREATE (h3)-[:ASSOCIATE_OF {kind: 'CO_OFFENDER', weight: 1.0, basis: 'FACT', source: 'A-4',
                                        validFrom: date('2010-01-01'), validTo: date('2015-12-31')}]->(h4)
            CREATE (h4)-[:ASSOCIATE_OF {kind: 'ASSOCIATE', weight: 1.0, basis: 'FACT', source: 'A-5'}]->(h5)
            CREATE (h2)-[:ASSOCIATE_OF {kind: 'ASSOCIATE', weight: 1.0, basis: 'FACT', source: 'A-6'}]->(h4)
            CREATE (h1)-[:ASSOCIATE_OF {kind: 'RIVAL', weight: 1.0, basis: 'FACT', source: 'A-7'}]->(h5)
            CREATE (h6)-[:ASSOCIATE_OF {kind: 'ASSOCIATE', weight: 1.0, basis: 'FACT', source: 'A-8'}]->(h5)
            CREATE (g1:Group:Gang {id: 'G1', name: 'Hollow Crew', reviewDate: later})
            CREATE (g2:Group:Ocg {id: 'G2', name: 'Marrow Firm', reviewDate: later})
            CREATE (h1)-[:MEMBER_OF {role: 'LEADER', source: 'M', validFrom: date('2020-01-01')}]->(g1)
            CREATE (h2)-[:MEMBER_OF {role: 'MEMBER', source: 'M'}]->(g1)
            CREATE (h3)-[:MEMBER_OF {role: 'MEMBER', source: 'M', validTo: date('2019-01-01')}]->(g1)
            CREATE (h3)-[:MEMBER_OF {role: 'PRINCIPAL', source: 'M'}]->(g2)
            CREATE (h4)-[:MEMBER_OF {role: 'MEMBER', source: 'M'}]->(g2)
            """;

    private HandBuiltForce() {}

    /** Creates the force (on a wiped graph) and bumps the graph version as every writer must. */
    public static void create(Driver driver) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(CYPHER, Map.of("fourYears", FOUR_YEARS)).consume();
                uk.nexus.neo4j.GraphVersion.bump(tx, "test");
            });
        }
    }
}
