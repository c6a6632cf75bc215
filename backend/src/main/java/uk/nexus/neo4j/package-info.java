/**
 * How Nexus reaches Neo4j: an embedded DBMS by default (with Bolt on loopback so Neo4j's own tools
 * can connect), or any Neo4j server, cluster or Aura when {@code nexus.neo4j.uri} is set; the
 * driver; and the schema migrations in {@code cypher/migrations}.
 */
@NullMarked
package uk.nexus.neo4j;

import org.jspecify.annotations.NullMarked;
