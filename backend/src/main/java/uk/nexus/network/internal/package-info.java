/** The Cypher that expands networks. */
@NullMarked
package uk.nexus.network.internal;

import org.jspecify.annotations.NullMarked;
