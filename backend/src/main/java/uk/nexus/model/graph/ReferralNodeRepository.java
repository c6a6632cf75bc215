package uk.nexus.model.graph;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Referrals with their subject and originator. */
public interface ReferralNodeRepository extends Neo4jRepository<ReferralNode, String> {}
