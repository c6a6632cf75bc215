"""igraph's side of `nexus bench analysis`: times the same measures on the same graph.

Reads an edge list of vertex indices ("u v" per line, 0-based, undirected) and the tie strength of
each edge (one number per line, same order), then times PageRank (weighted, damping 0.85, PRPACK),
exact betweenness (unweighted, if asked) and Louvain (community_multilevel, weighted). Prints one
JSON object with the timings in milliseconds and the modularity; with --scores-dir, writes the
PageRank and betweenness vectors there (one value per line, vertex order) for the caller to compare.
"""

import argparse
import json
import os
import sys
import time

import igraph


def timed(action):
    start = time.perf_counter()
    value = action()
    return value, round((time.perf_counter() - start) * 1000, 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edges", required=True)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--vertices", type=int, required=True)
    parser.add_argument("--betweenness", action="store_true")
    parser.add_argument("--scores-dir")
    args = parser.parse_args()

    result = {"igraph": igraph.__version__, "python": sys.version.split()[0]}
    graph, result["readMs"] = timed(lambda: igraph.Graph.Read_Edgelist(args.edges, directed=False))
    if graph.vcount() < args.vertices:
        graph.add_vertices(args.vertices - graph.vcount())
    with open(args.weights) as f:
        weights = [float(line) for line in f]
    if len(weights) != graph.ecount():
        sys.exit("weights: %d values for %d edges" % (len(weights), graph.ecount()))
    result["vertices"] = graph.vcount()
    result["edges"] = graph.ecount()

    pagerank, result["pagerankMs"] = timed(
        lambda: graph.pagerank(weights=weights, damping=0.85, implementation="prpack"))
    betweenness = None
    if args.betweenness:
        betweenness, result["betweennessMs"] = timed(lambda: graph.betweenness(directed=False))
    clustering, result["louvainMs"] = timed(lambda: graph.community_multilevel(weights=weights))
    result["modularity"] = graph.modularity(clustering.membership, weights=weights)
    result["communities"] = len(clustering)

    if args.scores_dir:
        write(os.path.join(args.scores_dir, "pagerank.txt"), pagerank)
        if betweenness is not None:
            write(os.path.join(args.scores_dir, "betweenness.txt"), betweenness)
    print(json.dumps(result))


def write(path, values):
    with open(path, "w") as f:
        f.writelines("%r\n" % v for v in values)


if __name__ == "__main__":
    main()
