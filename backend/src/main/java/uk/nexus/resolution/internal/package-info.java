/** Resolution internals. */
@NullMarked
package uk.nexus.resolution.internal;

import org.jspecify.annotations.NullMarked;
