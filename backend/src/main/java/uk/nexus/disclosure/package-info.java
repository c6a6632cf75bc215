/**
 * Disclosure: the recipients information may go to and what each is cleared for, the redaction of
 * restricted intelligence (3x5x2 handling code C, 5x5x5 codes 2–5) for recipients not cleared for it,
 * and the export formats (GraphML, GraphSON, CSV) in which every item carries its grade, handling code,
 * conditions, recipient and purpose. Exports and referrals call {@link uk.nexus.disclosure.Redactor}.
 */
@NullMarked
package uk.nexus.disclosure;

import org.jspecify.annotations.NullMarked;
