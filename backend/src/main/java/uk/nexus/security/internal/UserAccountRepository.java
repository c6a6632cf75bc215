package uk.nexus.security.internal;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** User accounts by user name. */
public interface UserAccountRepository extends Neo4jRepository<UserAccount, String> {}
