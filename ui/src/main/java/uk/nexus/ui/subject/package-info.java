/** Views of the subject feature. */
@NullMarked
package uk.nexus.ui.subject;

import org.jspecify.annotations.NullMarked;
