// Data-quality check: relationships that lack their provenance. Should return no rows.
MATCH ()-[r]->()
WHERE r.source IS NULL OR r.recordedAt IS NULL OR r.basis IS NULL
   OR (r.basis = 'FACT' AND r.grade IS NOT NULL)
RETURN type(r) AS type, count(r) AS links
ORDER BY links DESC;
