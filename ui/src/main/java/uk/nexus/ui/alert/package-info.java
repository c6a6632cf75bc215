/** The alerts inbox with triage, and the watch lists and alert rules behind it. */
@NullMarked
package uk.nexus.ui.alert;

import org.jspecify.annotations.NullMarked;
