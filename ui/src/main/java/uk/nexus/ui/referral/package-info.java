/** Views of referrals to immigration enforcement: launch, inbox, approval, tracker and reports. */
@NullMarked
package uk.nexus.ui.referral;

import org.jspecify.annotations.NullMarked;
