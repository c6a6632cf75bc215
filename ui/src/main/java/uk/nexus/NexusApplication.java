package uk.nexus;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nexus.audit.AuditCommand;
import uk.nexus.ingest.BundleImporter;
import uk.nexus.ingest.ImportBenchCommand;
import uk.nexus.ingest.ImportCommand;
import uk.nexus.ingest.QuarantiningImporter;
import uk.nexus.neo4j.EmbeddedNeo4j;
import uk.nexus.neo4j.NexusNeo4jProperties;
import uk.nexus.network.bench.BenchCommand;
import uk.nexus.network.cli.AnalyseCommand;
import uk.nexus.resolution.ResolutionEvalCommand;
import uk.nexus.seed.GenerateCommand;

/**
 * The Nexus application: UI, REST API and, by default, the embedded Neo4j. The first argument may
 * name an offline command instead ({@code import}, {@code generate}, {@code analyse}, {@code bench}, {@code audit},
 * {@code resolve-eval}); anything else
 * starts the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NexusApplication {

    /** Vaadin's auto-configuration needs a web context; the command-line tools run without one. */
    private static final String[] VAADIN_AUTO_CONFIGURATION = {
        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "com.vaadin.flow.spring.VaadinScopesConfig"
    };

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "import" -> System.exit(importBundle(rest));
            case "audit" -> System.exit(audit(rest));
            case "generate" -> System.exit(GenerateCommand.run(rest, System.out, System.err));
            case "analyse" -> System.exit(AnalyseCommand.run(rest, System.out, System.err));
            case "bench" ->
                System.exit(
                        rest.length > 0 && rest[0].equals("import")
                                ? ImportBenchCommand.run(rest, System.out, System.err, NexusApplication::benchBackend)
                                : BenchCommand.run(rest, System.out, System.err));
            case "resolve-eval" ->
                System.exit(ResolutionEvalCommand.run(
                        rest,
                        System.out,
                        System.err,
                        dir -> offline(
                                "--nexus.neo4j.uri=",
                                "--nexus.neo4j.embedded.data-directory=" + dir,
                                "--nexus.neo4j.embedded.bolt-port=0")));
            default -> SpringApplication.run(NexusApplication.class, args);
        }
    }

    /** Loads a bundle into the configured Neo4j without starting the web server or the demo data. */
    private static int importBundle(String[] args) {
        String problem = ImportCommand.usageError(args);
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        if (ImportCommand.initial(args)) {
            return ImportCommand.runInitial(() -> backend(offline()), args, System.out, System.err);
        }
        try (ConfigurableApplicationContext context = offline()) {
            return ImportCommand.run(
                    context.getBean(BundleImporter.class),
                    context.getBean(QuarantiningImporter.class),
                    args,
                    System.out,
                    System.err);
        }
    }

    /**
     * The application started on a store, as the import's benchmark and the initial load ({@code import
     * --initial}, decision 0603) use it; closing it stops the application.
     */
    static ImportBenchCommand.Backend backend(ConfigurableApplicationContext context) {
        return new ImportBenchCommand.Backend() {
            @Override
            public BundleImporter importer() {
                return context.getBean(BundleImporter.class);
            }

            @Override
            public org.neo4j.driver.Driver driver() {
                return context.getBean(org.neo4j.driver.Driver.class);
            }

            @Override
            public EmbeddedNeo4j embedded() {
                return context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable();
            }

            @Override
            public String database() {
                return context.getBean(NexusNeo4jProperties.class).database();
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }

    /**
     * For {@code bench import}: the application without web server on a fresh embedded store of its own
     * (random password, Bolt on a free loopback port), as {@code nexus import} runs it.
     */
    private static ImportBenchCommand.Backend benchBackend(ImportBenchCommand.BackendSettings settings) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NexusApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(System.getenv().getOrDefault("NEXUS_PROFILE", "demo"))
                .run(
                        "--nexus.demo.data=false",
                        "--spring.autoconfigure.exclude=" + String.join(",", VAADIN_AUTO_CONFIGURATION),
                        "--logging.level.root=WARN",
                        "--nexus.neo4j.uri=",
                        "--nexus.neo4j.password="
                                + java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(12)),
                        "--nexus.neo4j.embedded.data-directory="
                                + settings.store().toAbsolutePath(),
                        "--nexus.neo4j.embedded.bolt-port=0",
                        "--nexus.neo4j.embedded.page-cache=" + settings.pageCache());
        return backend(context);
    }

    /** {@code audit verify}: checks the access log's hash chain in the configured Neo4j. */
    private static int audit(String[] args) {
        String problem = AuditCommand.usageError(args);
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        try (ConfigurableApplicationContext context = offline()) {
            return context.getBean(AuditCommand.class).run(args, System.out, System.err);
        }
    }

    /** The application without the web server, the UI or the demo data, for the command-line tools. */
    private static ConfigurableApplicationContext offline(String... extra) {
        String profile = System.getenv().getOrDefault("NEXUS_PROFILE", "demo");
        return new SpringApplicationBuilder(NexusApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(profile)
                .run(Stream.concat(
                                Stream.of(
                                        "--nexus.demo.data=false",
                                        "--spring.autoconfigure.exclude=" + String.join(",", VAADIN_AUTO_CONFIGURATION),
                                        "--logging.level.root=WARN"),
                                Stream.of(extra))
                        .toArray(String[]::new));
    }
}
