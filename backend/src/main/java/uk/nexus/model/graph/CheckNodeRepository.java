package uk.nexus.model.graph;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Checks with their subject. */
public interface CheckNodeRepository extends Neo4jRepository<CheckNode, String> {}
