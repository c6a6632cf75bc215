/** The Cypher that stores referrals, their events and evidence, and computes the reports. */
@NullMarked
package uk.nexus.referral.internal;

import org.jspecify.annotations.NullMarked;
