package uk.nexus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;
import uk.nexus.audit.AccessLog;
import uk.nexus.ingest.BundleImporter;
import uk.nexus.security.Role;
import uk.nexus.security.internal.UserAccount;
import uk.nexus.security.internal.UserAccountRepository;

/**
 * Base of the integration tests: the whole backend against a real Neo4j. By default that is the
 * embedded DBMS (one per test JVM, shared by every test class through Spring's context cache). Run
 * with {@code -Dnexus.test.neo4j=server} (or {@code ./nexus test --neo4j-server}) to run the same
 * tests against a Neo4j server in a container; without a Docker engine they are then skipped.
 *
 * <p>Each test starts from an empty graph apart from the schema, the reference tables and users.
 */
@SpringBootTest(classes = NexusTestApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class GraphIT {

    /** Every role has a test user named after it, password {@code pw-<name>}. */
    protected static final String PASSWORD_PREFIX = "pw-";

    private static final String TARGET = System.getProperty("nexus.test.neo4j", "embedded");
    private static Neo4jContainer server;

    @Autowired
    protected Driver driver;

    @Autowired
    protected BundleImporter importer;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private PasswordEncoder passwords;

    @BeforeEach
    void testUsers() {
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            if (!users.existsById(name)) {
                users.save(new UserAccount(
                        name,
                        "Test " + name,
                        passwords.encode(PASSWORD_PREFIX + name),
                        Set.of(role),
                        true,
                        Instant.now()));
            }
        }
    }

    /** The purpose {@link #as} sends with every request ({@value AccessLog#PURPOSE_HEADER}). */
    protected static final String TEST_PURPOSE = "integration test";

    /** HTTP Basic credentials of the test user for a role, and a purpose for the access log. */
    protected static RequestPostProcessor as(Role role) {
        RequestPostProcessor basic = withoutPurpose(role);
        return request -> {
            request.addHeader(AccessLog.PURPOSE_HEADER, TEST_PURPOSE);
            return basic.postProcessRequest(request);
        };
    }

    /** HTTP Basic credentials of the test user for a role, without a purpose. */
    protected static RequestPostProcessor withoutPurpose(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT);
        return SecurityMockMvcRequestPostProcessors.httpBasic(name, PASSWORD_PREFIX + name);
    }

    @BeforeAll
    static void requireTarget() {
        if (onServer()) {
            assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker engine: server tests skipped");
        }
    }

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        if (onServer() && DockerClientFactory.instance().isDockerAvailable()) {
            registry.add("nexus.neo4j.uri", () -> server().getBoltUrl());
            registry.add("nexus.neo4j.password", () -> server().getAdminPassword());
        }
    }

    static boolean onServer() {
        return "server".equals(TARGET);
    }

    static synchronized Neo4jContainer server() {
        if (server == null) {
            server = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("test-password-1");
            server.start();
        }
        return server;
    }

    /** Deletes everything but the schema record, reference tables and users. */
    protected void wipe() {
        run("""
            MATCH (n)
            WHERE NOT n:__NexusMigration AND NOT n:Offence AND NOT n:OffenceTable
              AND NOT n:ReferralOriginator AND NOT n:User
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
            """);
    }

    /** Loads a bundle from the test resources ({@code bundles/<name>}). */
    protected void load(String bundle) {
        importer.load(bundleDir(bundle), "test", BundleImporter.Progress.NONE);
        Path extra = bundleDir(bundle).resolveSibling(bundle + "-extra.cypher");
        if (Files.exists(extra)) {
            runStatements(extra);
        }
    }

    /** Runs a file of Cypher statements separated by {@code ;} at line ends ({@code //} comments allowed). */
    private void runStatements(Path file) {
        try {
            String text = Files.readString(file).replaceAll("(?m)^\\s*//.*$", "");
            for (String statement : text.split(";\\s*(\\R|$)")) {
                if (!statement.isBlank()) {
                    run(statement);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static Path bundleDir(String bundle) {
        return Path.of("src/test/resources/bundles", bundle);
    }

    protected void run(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
    }

    protected long count(String cypher) {
        return count(cypher, Map.of());
    }

    protected long count(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }
}
