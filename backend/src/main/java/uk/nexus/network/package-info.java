/**
 * Networks around subjects: the sub-network of n hops filtered by link type and time (the analysis
 * projection and rankings are in {@code uk.nexus.projection} and {@code uk.nexus.analysis}).
 */
@NullMarked
package uk.nexus.network;

import org.jspecify.annotations.NullMarked;
