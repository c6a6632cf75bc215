/**
 * Oversight of the data as a whole: the MoPI retention review queue with its retain and delete
 * decisions (supervisors), and equality monitoring of referrals and the harm ranking against the
 * custody population (auditors). Both read harm through {@link uk.nexus.oversight.HarmFigures}, the one
 * place that depends on how harm is computed.
 */
@NullMarked
package uk.nexus.oversight;

import org.jspecify.annotations.NullMarked;
