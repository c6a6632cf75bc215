package uk.nexus;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nexus.ingest.BundleImporter;
import uk.nexus.ingest.ImportCommand;
import uk.nexus.network.cli.AnalyseCommand;
import uk.nexus.seed.GenerateCommand;

/**
 * The Nexus application: UI, REST API and, by default, the embedded Neo4j. The first argument may
 * name an offline command instead ({@code import}, {@code generate}, {@code analyse}); anything else starts the server.
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
            case "generate" -> System.exit(GenerateCommand.run(rest, System.out, System.err));
            case "analyse" -> System.exit(AnalyseCommand.run(rest, System.out, System.err));
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
        String profile = System.getenv().getOrDefault("NEXUS_PROFILE", "demo");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NexusApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(profile)
                .run(
                        "--nexus.demo.data=false",
                        "--spring.autoconfigure.exclude=" + String.join(",", VAADIN_AUTO_CONFIGURATION),
                        "--logging.level.root=WARN")) {
            return ImportCommand.run(context.getBean(BundleImporter.class), args, System.out, System.err);
        }
    }
}
