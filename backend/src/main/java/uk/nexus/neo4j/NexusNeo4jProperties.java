package uk.nexus.neo4j;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the graph lives. With no {@code uri} Nexus starts its own embedded Neo4j; with a {@code uri}
 * (environment variable {@code NEXUS_NEO4J_URI}) it only connects, and no embedded database is
 * started.
 *
 * @param uri Bolt or neo4j:// URI of an external Neo4j; empty means embedded
 * @param username Neo4j user
 * @param password Neo4j password (also set on the embedded DBMS's {@code neo4j} user)
 * @param database database name
 * @param embedded settings of the embedded DBMS
 */
@ConfigurationProperties("nexus.neo4j")
public record NexusNeo4jProperties(
        @Nullable String uri, String username, @Nullable String password, String database, Embedded embedded) {

    public NexusNeo4jProperties {
        username = username == null || username.isBlank() ? "neo4j" : username;
        database = database == null || database.isBlank() ? "neo4j" : database;
        embedded = embedded == null ? new Embedded(null, null, null, null) : embedded;
    }

    /**
     * @param dataDirectory the DBMS home (data, logs); default {@code .nexus/neo4j}
     * @param boltHost address Bolt listens on; default 127.0.0.1 (loopback only)
     * @param boltPort Bolt port; default 7687; 0 picks a free one
     * @param pageCache page cache size, e.g. {@code 512m}; default Neo4j's own heuristic
     */
    public record Embedded(
            @Nullable Path dataDirectory,
            @Nullable String boltHost,
            @Nullable Integer boltPort,
            @Nullable String pageCache) {

        public Embedded {
            dataDirectory = dataDirectory == null ? Path.of(".nexus", "neo4j") : dataDirectory;
            boltHost = boltHost == null || boltHost.isBlank() ? "127.0.0.1" : boltHost;
            boltPort = boltPort == null ? 7687 : boltPort;
        }
    }
}
