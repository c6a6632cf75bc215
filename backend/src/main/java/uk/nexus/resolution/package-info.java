/**
 * Entity resolution: who a set of identity details (as given in custody, or as held on another record)
 * really is. {@link uk.nexus.resolution.IdentityResolver} scores candidate subjects for an
 * {@link uk.nexus.resolution.IdentityClaim}; the review queue, merges and their undo build on it.
 */
@NullMarked
package uk.nexus.resolution;

import org.jspecify.annotations.NullMarked;
