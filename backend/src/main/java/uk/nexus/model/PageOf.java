package uk.nexus.model;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param items the items on this page
 * @param page zero-based page number
 * @param size the page size asked for
 * @param total how many items there are in all
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {}
