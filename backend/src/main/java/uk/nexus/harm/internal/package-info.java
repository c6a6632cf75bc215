/** Cypher that reads the offending harm is computed from. */
@NullMarked
package uk.nexus.harm.internal;

import org.jspecify.annotations.NullMarked;
