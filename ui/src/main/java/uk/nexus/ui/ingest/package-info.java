/** The administrators' view for uploading a CSV bundle and following its import. */
@NullMarked
package uk.nexus.ui.ingest;

import org.jspecify.annotations.NullMarked;
