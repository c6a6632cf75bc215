/** Nexus backend: domain features, Neo4j access, analysis and the REST API. */
@NullMarked
package uk.nexus;

import org.jspecify.annotations.NullMarked;
