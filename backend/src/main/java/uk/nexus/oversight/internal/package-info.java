/** The Cypher behind the review queue, review decisions, interim harm and equality monitoring. */
@NullMarked
package uk.nexus.oversight.internal;

import org.jspecify.annotations.NullMarked;
