// Records of the tiny force that the CSV bundle format does not carry, run after it is loaded
// (GraphIT.load; MERGE, so loading again changes nothing): a custody event booked in through Nexus that
// awaits an identity decision, a watch list, a saved alert rule and an alert, so that every custody and
// alert endpoint has something to act on (decision 0645).
MATCH (o:Offence {code: 'ROBBERY_PERSONAL'})
MERGE (i:Incident {id: 'CE-2024-000001'})
ON CREATE SET i += {type: 'CUSTODY', occurredAt: datetime('2024-03-30T09:00:00Z'),
                    summary: 'Arrested on the estate after a street robbery', custodySuite: 'Northgate',
                    arrestingOfficer: 'PC 4711', reviewDate: date('2030-03-30'), source: 'CE-2024-000001',
                    recordedAt: datetime('2024-03-30T10:00:00Z'), recordedBy: 'analyst', identity: 'UNRESOLVED',
                    givenForenames: 'Dash', givenSurname: 'Reyes', givenOtherNames: [], givenPhones: [],
                    candidateIds: [], candidateNames: [], candidateScores: [], candidateBands: [], candidateReasons: []}
MERGE (i)-[c:CLASSIFIED_AS]->(o)
ON CREATE SET c += {source: 'CE-2024-000001', recordedAt: datetime('2024-03-30T10:00:00Z'), basis: 'FACT'};
MATCH (s:Subject {id: 'T1'})
MERGE (w:Watchlist {id: 'WL-F1'})
ON CREATE SET w += {name: 'Hollow Lane leadership', description: 'Gang leaders of Northgate', createdBy: 'analyst',
                    createdAt: datetime('2024-04-01T10:00:00Z')}
MERGE (w)-[x:WATCHES]->(s)
ON CREATE SET x += {addedBy: 'analyst', addedAt: datetime('2024-04-01T10:00:00Z'), reason: 'Gang leader',
                    source: 'watchlist WL-F1', recordedAt: datetime('2024-04-01T10:00:00Z'), basis: 'ASSESSMENT'}
MERGE (r:AlertRule {id: 'AR-F1'})
ON CREATE SET r += {name: 'Harm over 100,000', kind: 'HARM_THRESHOLD', threshold: 100000.0, enabled: true,
                    createdBy: 'analyst', createdAt: datetime('2024-04-01T10:00:00Z')}
MERGE (a:Alert {id: 'AL-F1'})
ON CREATE SET a += {key: 'custody|TRACKED_IN_CUSTODY|T1|custody event K1', ruleId: 'custody', ruleName: 'Custody intake',
                    kind: 'TRACKED_IN_CUSTODY', cause: 'custody event K1', detail: 'On the high-harm tracker (referral R1)',
                    raisedAt: datetime('2024-04-01T10:00:00Z'), state: 'NEW', batch: 'fixture'}
MERGE (a)-[b:ABOUT]->(s)
ON CREATE SET b += {source: 'custody', recordedAt: datetime('2024-04-01T10:00:00Z'), basis: 'ASSESSMENT'};
