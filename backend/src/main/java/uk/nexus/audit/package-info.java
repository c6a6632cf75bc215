/**
 * The access log (Data Protection Act 2018 s.62): every consultation, disclosure, alteration,
 * combination, collection and erasure of records, by whom, when, why and to whom, in an
 * append-only, hash-chained log that only auditors read. Other features write to it through {@link
 * uk.nexus.audit.AccessLog}.
 */
@NullMarked
package uk.nexus.audit;

import org.jspecify.annotations.NullMarked;
