package uk.nexus.network.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Reads the network CSV format of {@code seed-data/networks}: an edge list with header
 * {@code source,target[,weight]} (extra columns ignored; an absent or empty weight is 1) and an
 * optional node list whose first column is the vertex id (adds isolates). Follows the reference
 * conventions: duplicate rows — and, for undirected graphs, reciprocal rows — are merged by summing
 * weights; self-loops are dropped and counted. Line numbers in errors are physical lines (a quoted
 * field spanning lines is not supported in these files).
 */
final class EdgeListReader {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    /** The loaded graph (weights = summed tie strengths) and how many self-loop rows were dropped. */
    record Network(Graph<String, DefaultWeightedEdge> graph, int rows, int selfLoopsDropped) {}

    private EdgeListReader() {}

    static Network read(Path edges, Path nodes, boolean directed) {
        Graph<String, DefaultWeightedEdge> graph = directed
                ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        if (nodes != null) {
            readNodes(nodes, graph);
        }
        int rows = 0;
        int selfLoops = 0;
        try (Reader reader = Files.newBufferedReader(edges, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InputException(edges + ":1: empty file, expected header source,target[,weight]");
            }
            CSVRecord header = records.next();
            List<String> columns = header.toList().stream()
                    .map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .toList();
            int source = columns.indexOf("source");
            int target = columns.indexOf("target");
            int weight = columns.indexOf("weight");
            if (source < 0 || target < 0) {
                throw new InputException(edges + ":1: header must name columns source,target[,weight], got '"
                        + String.join(",", header.toList()) + "'");
            }
            int needed = Math.max(source, target) + 1;
            while (records.hasNext()) {
                CSVRecord row = records.next();
                long line = row.getRecordNumber();
                if (isBlank(row)) {
                    continue;
                }
                if (row.size() < needed) {
                    throw new InputException(edges + ":" + line + ": expected at least " + needed
                            + " fields (source,target[,weight]), got " + row.size() + ": '"
                            + String.join(",", row.toList()) + "'");
                }
                String u = requireId(row.get(source), edges, line, "source");
                String v = requireId(row.get(target), edges, line, "target");
                double w = weight >= 0 && weight < row.size() ? parseWeight(row.get(weight), edges, line) : 1.0;
                rows++;
                graph.addVertex(u);
                graph.addVertex(v);
                if (u.equals(v)) {
                    selfLoops++;
                    continue;
                }
                DefaultWeightedEdge e = graph.getEdge(u, v);
                if (e == null) {
                    graph.setEdgeWeight(graph.addEdge(u, v), w);
                } else {
                    graph.setEdgeWeight(e, graph.getEdgeWeight(e) + w);
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(edges + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(edges + ": not UTF-8 text");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(edges + ": cannot read: " + e.getMessage());
        }
        return new Network(graph, rows, selfLoops);
    }

    private static void readNodes(Path nodes, Graph<String, DefaultWeightedEdge> graph) {
        try (Reader reader = Files.newBufferedReader(nodes, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InputException(nodes + ":1: empty file, expected a header with the id column first");
            }
            records.next();
            while (records.hasNext()) {
                CSVRecord row = records.next();
                if (isBlank(row)) {
                    continue;
                }
                graph.addVertex(requireId(row.get(0), nodes, row.getRecordNumber(), "id"));
            }
        } catch (NoSuchFileException e) {
            throw new InputException(nodes + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(nodes + ": not UTF-8 text");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(nodes + ": cannot read: " + e.getMessage());
        }
    }

    private static boolean isBlank(CSVRecord row) {
        return row.size() == 1 && row.get(0).isBlank();
    }

    private static String requireId(String value, Path file, long line, String column) {
        if (value.isBlank()) {
            throw new InputException(file + ":" + line + ": empty " + column);
        }
        return value;
    }

    private static double parseWeight(String value, Path file, long line) {
        if (value.isBlank()) {
            return 1.0;
        }
        double w;
        try {
            w = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InputException(file + ":" + line + ": weight '" + value + "' is not a number");
        }
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new InputException(
                    file + ":" + line + ": weight must be a finite number > 0 (tie strength), got '" + value + "'");
        }
        return w;
    }
}
