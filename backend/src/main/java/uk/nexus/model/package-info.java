/** Value types every feature shares: provenance, grades and the categories of people. */
@NullMarked
package uk.nexus.model;

import org.jspecify.annotations.NullMarked;
