package uk.nexus.model.graph;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** The offence table. */
public interface OffenceNodeRepository extends Neo4jRepository<OffenceNode, String> {}
