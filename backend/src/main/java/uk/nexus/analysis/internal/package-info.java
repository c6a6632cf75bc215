/** Cypher that names subjects and reads the records behind ties. */
@NullMarked
package uk.nexus.analysis.internal;

import org.jspecify.annotations.NullMarked;
