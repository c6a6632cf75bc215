/** The network explorer: a drawn network around subjects, its filters, measures and paths. */
@NullMarked
package uk.nexus.ui.network;

import org.jspecify.annotations.NullMarked;
