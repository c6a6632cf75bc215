/**
 * The graph model (design §3) as Spring Data Neo4j entities: one class per node label, and one
 * {@code @RelationshipProperties} class per relationship type, every one of them carrying its
 * provenance ({@link ProvenancedLink}).
 *
 * <p>Which access path is used where (docs/decisions/0004-neo4j-access-paths.md): features that
 * create or edit one record at a time save these entities through their repositories; lists and
 * records shown to users are read models built with {@code Neo4jClient}; bulk import and the
 * analysis projection use the Driver directly. Subject-to-subject associations are deliberately not
 * mapped on {@link SubjectNode}: Spring Data loads the reachable aggregate, and through associations
 * that would be the whole network.
 */
@NullMarked
package uk.nexus.model.graph;

import org.jspecify.annotations.NullMarked;
