/** Views of the access log: the purpose dialog every operational view uses, and the auditor's log view. */
@NullMarked
package uk.nexus.ui.audit;

import org.jspecify.annotations.NullMarked;
