package uk.nexus.resolution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;
import uk.nexus.neo4j.NexusNeo4jProperties;
import uk.nexus.resolution.IdentityClaim;
import uk.nexus.resolution.IdentityResolver;
import uk.nexus.resolution.MatchCandidate;

/**
 * The first resolver: exact identifiers (PNC id, CRO number, passport number) and an exact name with
 * date of birth, on the subject or one of its aliases. Replaced by the scored resolver (issue 6).
 */
@Component
class IdentifierResolver implements IdentityResolver {

    private final Driver driver;
    private final String database;

    IdentifierResolver(Driver driver, NexusNeo4jProperties properties) {
        this.driver = driver;
        this.database = properties.database();
    }

    @Override
    public List<MatchCandidate> candidates(IdentityClaim claim, int limit) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> tx.run(
                            """
                            CALL (*) {
                              MATCH (s:Subject) WHERE s.pncId = $pnc AND $pnc IS NOT NULL
                              RETURN s, 'PNC id matches' AS why
                              UNION
                              MATCH (s:Subject) WHERE s.croNumber = $cro AND $cro IS NOT NULL
                              RETURN s, 'CRO number matches' AS why
                              UNION
                              MATCH (s:Subject) WHERE s.passportNumber = $passport AND $passport IS NOT NULL
                              RETURN s, 'passport number matches' AS why
                              UNION
                              MATCH (s:Subject) WHERE toUpper(s.surname) = $surname AND toUpper(s.forenames) = $forenames
                                AND s.dob = $dob
                              RETURN s, 'name and date of birth match' AS why
                              UNION
                              MATCH (s:Subject)-[:HAS_ALIAS]->(a:Alias)
                              WHERE toUpper(a.surname) = $surname AND toUpper(a.forenames) = $forenames
                                AND coalesce(a.dob, s.dob) = $dob
                              RETURN s, 'alias ' + a.kind + ' and date of birth match' AS why
                            }
                            WITH s, collect(why) AS reasons
                            RETURN s.id AS id, toUpper(s.surname) + ', ' + s.forenames AS name, reasons
                            ORDER BY size(reasons) DESC, id
                            LIMIT $limit
                            """,
                            Map.of(
                                    "pnc", nullable(claim.pncId()),
                                    "cro", nullable(claim.croNumber()),
                                    "passport", nullable(claim.passportNumber()),
                                    "surname", claim.surname().trim().toUpperCase(Locale.ROOT),
                                    "forenames", claim.forenames().trim().toUpperCase(Locale.ROOT),
                                    "dob", claim.dateOfBirth() == null ? "" : claim.dateOfBirth(),
                                    "limit", limit))
                    .list(r -> new MatchCandidate(
                            r.get("id").asString(),
                            r.get("name").asString(),
                            1.0,
                            MatchCandidate.Band.MATCH,
                            new ArrayList<>(r.get("reasons").asList(v -> v.asString())))));
        }
    }

    private static Object nullable(String value) {
        return value == null || value.isBlank() ? "" : value.trim();
    }
}
