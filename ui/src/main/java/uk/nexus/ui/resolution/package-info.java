/** The duplicate review queue of entity resolution. */
@NullMarked
package uk.nexus.ui.resolution;

import org.jspecify.annotations.NullMarked;
