package uk.nexus.ingest;

import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nexus.NexusTestApplication;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Actor;
import uk.nexus.neo4j.NexusNeo4jProperties;

/**
 * A separate JVM for {@link KillDuringImportIT}: starts the backend (embedded Neo4j in the store
 * directory given, migrations, reference data) without a web server and imports a bundle, printing
 * {@code PROGRESS phase file rows} after every batch and {@code DONE runId} at the end.
 *
 * <p>Arguments: store directory, bundle directory, batch size.
 */
public final class ImportChild {

    private ImportChild() {}

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        Path bundle = Path.of(args[1]);
        int batch = Integer.parseInt(args[2]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NexusTestApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run(
                        "--nexus.neo4j.embedded.data-directory=" + store.toAbsolutePath(),
                        "--nexus.demo.data=false",
                        "--logging.level.root=WARN")) {
            AccessLog accessLog = context.getBean(AccessLog.class);
            String database = context.getBean(NexusNeo4jProperties.class).database();
            // The in-process writer, as ./nexus import uses on the embedded database (decision 0601).
            BundleImporter importer = new BundleImporter(
                    context.getBean(org.neo4j.driver.Driver.class),
                    database,
                    batch,
                    accessLog,
                    context.getBean(uk.nexus.neo4j.EmbeddedNeo4j.class).database(database));
            System.out.println("STARTED");
            ImportReport report = accessLog.runAs(
                    Actor.commandLine(),
                    () -> importer.load(bundle, "kill-test", (phase, file, rows) -> {
                        System.out.println("PROGRESS " + phase + " " + file + " " + rows);
                        System.out.flush();
                    }));
            System.out.println("DONE " + report.runId() + " " + report.entities() + " " + report.links());
            System.out.flush();
        }
        System.exit(0);
    }
}
