// Phones used by more than one subject: a linkage signal, with the provenance and grade of each use.
MATCH (p:Phone)<-[u:USES]-(s:Subject)
WITH p, collect({subject: s.id, name: toUpper(s.surname) + ', ' + s.forenames, source: u.source,
                 basis: u.basis, grade: u.gradeScheme + ' ' + u.grade}) AS users
WHERE size(users) > 1
RETURN p.number AS phone, p.kind AS kind, size(users) AS userCount, users
ORDER BY userCount DESC, phone
LIMIT 100;
