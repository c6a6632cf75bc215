/** Views of the group feature. */
@NullMarked
package uk.nexus.ui.group;

import org.jspecify.annotations.NullMarked;
