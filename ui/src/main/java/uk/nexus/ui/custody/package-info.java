/** Custody intake: book a detainee in, see who they are, their harm, checks and alerts. */
@NullMarked
package uk.nexus.ui.custody;

import org.jspecify.annotations.NullMarked;
