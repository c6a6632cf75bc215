// Brokers between gangs: people tied (by current association or membership) to two or more gangs.
// Run in Neo4j Browser or cypher-shell against Nexus's database; no parameters.
MATCH (s:Subject)-[m:MEMBER_OF|ASSOCIATE_OF*1..2]-(g:Gang)
WHERE all(r IN m WHERE r.validTo IS NULL OR r.validTo >= date())
  AND all(r IN m WHERE type(r) <> 'ASSOCIATE_OF' OR r.kind <> 'RIVAL')
WITH s, collect(DISTINCT g.name) AS gangs
WHERE size(gangs) >= 2
RETURN s.id AS subject, toUpper(s.surname) + ', ' + s.forenames AS name, size(gangs) AS gangCount, gangs
ORDER BY gangCount DESC, name
LIMIT 50;
