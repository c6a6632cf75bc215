/** The bundle's schema, its CSV reader and validator, and the Cypher that writes it. */
@NullMarked
package uk.nexus.ingest.internal;

import org.jspecify.annotations.NullMarked;
