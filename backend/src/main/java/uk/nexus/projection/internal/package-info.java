/** Streaming Cypher that reads the projection's links. */
@NullMarked
package uk.nexus.projection.internal;

import org.jspecify.annotations.NullMarked;
