/** Views of the security feature. */
@NullMarked
package uk.nexus.ui.security;

import org.jspecify.annotations.NullMarked;
