/**
 * Getting data into the graph: the CSV bundle importer (docs/import-format.md), the reference
 * tables loaded at start-up, and the demo force loaded on first start of the demo profile.
 */
@NullMarked
package uk.nexus.ingest;

import org.jspecify.annotations.NullMarked;
