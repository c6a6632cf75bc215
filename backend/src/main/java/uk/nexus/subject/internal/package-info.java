/** The Cypher behind subject search and the subject record. */
@NullMarked
package uk.nexus.subject.internal;

import org.jspecify.annotations.NullMarked;
