/**
 * Harm (design §4): subject harm from offending weighted by offence, evidence and recency; network
 * harm propagated over the association projection; group (gang/OCG) priority with bands. Every score
 * comes with the contributions that add up to it. Nationality, ethnicity and immigration status are
 * never read here (decision 0010).
 */
@NullMarked
package uk.nexus.harm;

import org.jspecify.annotations.NullMarked;
