// Entity resolution (decision 0622): review pairs by id and status, decisions by pair.
CREATE CONSTRAINT resolution_pair_id IF NOT EXISTS FOR (p:ResolutionPair) REQUIRE p.id IS UNIQUE;
CREATE INDEX resolution_pair_status IF NOT EXISTS FOR (p:ResolutionPair) ON (p.status);
CREATE INDEX resolution_decision_pair IF NOT EXISTS FOR (d:ResolutionDecision) ON (d.pairId);
