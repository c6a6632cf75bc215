/**
 * Network analysis for users: rankings of subjects by harm, network harm or a centrality, group
 * priorities, paths between two subjects, ego networks, communities and disruption (key players),
 * each with its explanation, on the cached projections of {@code uk.nexus.projection}. Every result
 * that shows people is logged as a consultation of them.
 */
@NullMarked
package uk.nexus.analysis;

import org.jspecify.annotations.NullMarked;
