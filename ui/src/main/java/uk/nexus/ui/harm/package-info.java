/** How harm is shown wherever a view shows it: the score and the contributions that add up to it. */
@NullMarked
package uk.nexus.ui.harm;

import org.jspecify.annotations.NullMarked;
