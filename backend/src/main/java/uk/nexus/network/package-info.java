/**
 * Networks around subjects: the sub-network of n hops filtered by link type and time, and (in later
 * parts) the analysis projection and rankings.
 */
@NullMarked
package uk.nexus.network;

import org.jspecify.annotations.NullMarked;
