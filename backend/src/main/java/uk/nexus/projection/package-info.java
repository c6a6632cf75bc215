/**
 * The analysis projection: the association network of subjects loaded from Neo4j with the raw
 * driver into a compact JGraphT graph, filtered by link type, intelligence grade and time window,
 * cached per filter and reloaded when the graph changes (decision 0301).
 */
@NullMarked
package uk.nexus.projection;

import org.jspecify.annotations.NullMarked;
