/** Rankings of subjects and of gangs and OCGs, each score with its explanation. */
@NullMarked
package uk.nexus.ui.ranking;

import org.jspecify.annotations.NullMarked;
