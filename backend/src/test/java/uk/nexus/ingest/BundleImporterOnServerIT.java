package uk.nexus.ingest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The importer tests again, against a Neo4j server in a container: nothing in the importer may
 * depend on the database being embedded. Skipped (not failed) where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
class BundleImporterOnServerIT extends BundleImporterIT {

    @Container
    static final Neo4jContainer SERVER = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("test-password-1");

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("nexus.neo4j.uri", SERVER::getBoltUrl);
        registry.add("nexus.neo4j.password", SERVER::getAdminPassword);
    }
}
