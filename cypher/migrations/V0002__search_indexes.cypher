// Subject search: names and aliases by full-text (fuzzy), identifiers and dates by exact match.
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Subject|Alias) ON EACH [n.surname, n.forenames];
CREATE INDEX subject_dob IF NOT EXISTS FOR (n:Subject) ON (n.dob);
CREATE INDEX alias_dob IF NOT EXISTS FOR (n:Alias) ON (n.dob);
CREATE INDEX subject_pnc IF NOT EXISTS FOR (n:Subject) ON (n.pncId);
CREATE INDEX subject_cro IF NOT EXISTS FOR (n:Subject) ON (n.croNumber);
CREATE INDEX subject_passport IF NOT EXISTS FOR (n:Subject) ON (n.passportNumber);
CREATE INDEX subject_surname IF NOT EXISTS FOR (n:Subject) ON (n.surname);
CREATE INDEX subject_review IF NOT EXISTS FOR (n:Subject) ON (n.reviewDate);
CREATE INDEX incident_occurred IF NOT EXISTS FOR (n:Incident) ON (n.occurredAt);
CREATE INDEX intel_review IF NOT EXISTS FOR (n:IntelReport) ON (n.reviewDate);
CREATE INDEX referral_state IF NOT EXISTS FOR (n:Referral) ON (n.state);
