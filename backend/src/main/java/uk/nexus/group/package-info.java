/** Gangs and organised crime groups with their members. */
@NullMarked
package uk.nexus.group;

import org.jspecify.annotations.NullMarked;
