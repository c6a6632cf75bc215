package uk.nexus.model.graph;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Incidents with their offence and place. */
public interface IncidentNodeRepository extends Neo4jRepository<IncidentNode, String> {}
