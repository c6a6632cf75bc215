/**
 * Alerts and watch lists: saved rules (a watch list of subjects; pattern rules such as a new link between
 * a high-harm nominal and an OCG member, harm crossing a threshold, a tracked or watched subject in
 * custody, a wanted person) evaluated on change and on a schedule; the alerts they raise, once per rule,
 * subject and cause, and their triage. Custody intake raises its own alerts through {@link
 * uk.nexus.alert.AlertService#raise}.
 */
@NullMarked
package uk.nexus.alert;

import org.jspecify.annotations.NullMarked;
