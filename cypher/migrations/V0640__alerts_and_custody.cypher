// Alerts and watch lists (issue 6, decisions 0640-0645): an alert is raised once per rule, subject and
// cause (its key); rules and watch lists are looked up by id.
CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (a:Alert) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT alert_key IF NOT EXISTS FOR (a:Alert) REQUIRE a.key IS UNIQUE;
CREATE INDEX alert_state IF NOT EXISTS FOR (a:Alert) ON (a.state);
CREATE CONSTRAINT alert_rule_id IF NOT EXISTS FOR (r:AlertRule) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT watchlist_id IF NOT EXISTS FOR (w:Watchlist) REQUIRE w.id IS UNIQUE;
// Custody events are incidents of type CUSTODY: the intake list reads them by type.
CREATE INDEX incident_type IF NOT EXISTS FOR (n:Incident) ON (n.type);
