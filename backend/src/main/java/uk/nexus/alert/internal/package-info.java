/** Storage of alerts, rules and watch lists; used only by {@code uk.nexus.alert}. */
@NullMarked
package uk.nexus.alert.internal;

import org.jspecify.annotations.NullMarked;
