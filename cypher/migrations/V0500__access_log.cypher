// The access log (DPA 2018 s.62): one (:AuditEntry) per logged operation, chained by hash; the
// (:AuditHead) holds the last sequence number and hash and is the lock every append takes.
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.seq IS UNIQUE;
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
CREATE INDEX audit_entry_user IF NOT EXISTS FOR (e:AuditEntry) ON (e.user);
CREATE INDEX audit_entry_operation IF NOT EXISTS FOR (e:AuditEntry) ON (e.operation);
// Retention review: the queue reads review dates of every reviewable kind.
CREATE INDEX incident_review IF NOT EXISTS FOR (n:Incident) ON (n.reviewDate);
CREATE INDEX group_review IF NOT EXISTS FOR (n:Group) ON (n.reviewDate);
