// Co-offenders of one subject: people recorded as offender or suspect on the same incidents.
// Victims and witnesses are never counted. Parameter: $subjectId, e.g. :param subjectId => 'S000872'
MATCH (s:Subject {id: $subjectId})-[a:INVOLVED_IN]->(i:Incident)<-[b:INVOLVED_IN]-(o:Subject)
WHERE a.category IN ['OFFENDER', 'SUSPECT'] AND b.category IN ['OFFENDER', 'SUSPECT'] AND o <> s
RETURN o.id AS coOffender, toUpper(o.surname) + ', ' + o.forenames AS name, count(DISTINCT i) AS sharedIncidents,
       collect(DISTINCT i.id)[..10] AS incidents
ORDER BY sharedIncidents DESC, name;
