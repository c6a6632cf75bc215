package uk.nexus.model.graph;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Subjects with their aliases, memberships, involvements, locations, objects and convictions. */
public interface SubjectNodeRepository extends Neo4jRepository<SubjectNode, String> {}
