package uk.nexus.analysis;

import java.util.List;

/**
 * Communities of a projection (Louvain, weights = tie strength), largest first.
 *
 * @param projection the projection filter, in words
 * @param method algorithm, seed and resolution
 * @param modularity Newman–Girvan modularity of the partition
 * @param items this page of communities
 * @param page zero-based page
 * @param size page size
 * @param total communities in all (isolated subjects are communities of one)
 */
public record Communities(
        String projection, String method, double modularity, List<Community> items, int page, int size, long total) {

    /**
     * One community.
     *
     * @param id its index (0 = largest)
     * @param size members
     * @param harm Σ members' harm
     * @param internalTies ties inside it
     * @param members member ids, most harmful first (then by id)
     */
    public record Community(int id, int size, double harm, int internalTies, List<String> members) {}
}
