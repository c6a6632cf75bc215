package uk.nexus.model.graph;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Graded intelligence reports with the subjects they mention. */
public interface IntelReportNodeRepository extends Neo4jRepository<IntelReportNode, String> {}
