package uk.nexus.ui;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.nexus.neo4j.EmbeddedNeo4j;

/** Tells whoever started the Nexus server where to go and how to sign in (not printed by the offline commands). */
@Component
class StartupBanner {

    private final Environment environment;
    private final Optional<EmbeddedNeo4j> embedded;
    private final boolean demo;

    StartupBanner(
            Environment environment,
            Optional<EmbeddedNeo4j> embedded,
            @Value("${nexus.demo.enabled:false}") boolean demo) {
        this.environment = environment;
        this.embedded = embedded;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            // An offline command (import, audit, bench…): no web server, nothing to sign in to.
            return;
        }
        StringBuilder s = new StringBuilder("\n\n  Nexus is ready: http://localhost:")
                .append(port)
                .append('\n');
        if (demo) {
            s.append("  Sign in as analyst / demo-analyst (also detective, supervisor, referrals, auditor, admin;")
                    .append(" password demo-<name>)\n")
                    .append("  REST API: curl -u analyst:demo-analyst 'http://localhost:")
                    .append(port)
                    .append("/api/subjects?q=smith'  (OpenAPI at /api/openapi)\n");
        }
        embedded.ifPresent(db -> s.append("  Neo4j: ")
                .append(db.boltUri())
                .append(" (user neo4j")
                .append(demo ? ", password demo-neo4j" : "")
                .append(") for Neo4j Browser, cypher-shell or any Bolt driver\n"));
        System.out.println(s);
    }
}
