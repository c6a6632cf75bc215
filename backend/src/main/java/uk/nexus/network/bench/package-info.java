/**
 * The analysis benchmark ({@code nexus bench analysis}, decision 0330): synthetic networks written
 * to a temporary embedded Neo4j, projected back with the driver, measured with {@link uk.nexus.graph}
 * and compared with igraph in the same run.
 */
@NullMarked
package uk.nexus.network.bench;

import org.jspecify.annotations.NullMarked;
