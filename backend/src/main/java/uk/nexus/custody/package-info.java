/**
 * Custody intake (design §6): a detainee's details as given are resolved to a known subject (or
 * candidates are proposed for a user to confirm, or a new subject is created), the custody event is
 * recorded as an {@code Incident} of type CUSTODY, the checks requested (ACRO, Interpol I-24/7, PNC,
 * SIS II, European Arrest Warrant) are tracked with their results as they come back — entered by hand
 * or by a {@link uk.nexus.custody.CheckAdapter} — overseas convictions from ACRO join the harm score,
 * and alerts are raised for a high-harm, tracked or wanted person.
 */
@NullMarked
package uk.nexus.custody;

import org.jspecify.annotations.NullMarked;
