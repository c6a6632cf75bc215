/**
 * Referrals of foreign national offenders to immigration enforcement: the four-eyes workflow, the
 * high-harm tracker and the performance reports of the source documents (design §6–§7).
 */
@NullMarked
package uk.nexus.referral;

import org.jspecify.annotations.NullMarked;
