/** People (subjects): search by name, alias, date of birth or identifier, and the subject record. */
@NullMarked
package uk.nexus.subject;

import org.jspecify.annotations.NullMarked;
