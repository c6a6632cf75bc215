package uk.nexus.analysis;

import java.util.List;

/**
 * How two subjects are linked: up to k shortest loopless paths (Yen) on tie lengths 1/strength.
 *
 * @param source from
 * @param target to
 * @param projection the projection filter, in words
 * @param method algorithm and lengths
 * @param paths shortest first; empty when they are not connected
 */
public record Paths(String source, String target, String projection, String method, List<SubjectPath> paths) {}
