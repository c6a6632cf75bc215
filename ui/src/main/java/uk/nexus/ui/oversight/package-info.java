/** Views of oversight: the supervisor's retention review queue and the auditor's equality report. */
@NullMarked
package uk.nexus.ui.oversight;

import org.jspecify.annotations.NullMarked;
