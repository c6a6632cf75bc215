/** The Cypher behind group lists and group records. */
@NullMarked
package uk.nexus.group.internal;

import org.jspecify.annotations.NullMarked;
