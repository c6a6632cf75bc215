/** Storage of custody events and their checks; used only by {@code uk.nexus.custody}. */
@NullMarked
package uk.nexus.custody.internal;

import org.jspecify.annotations.NullMarked;
