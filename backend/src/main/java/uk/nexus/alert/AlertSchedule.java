package uk.nexus.alert;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Actor;
import uk.nexus.neo4j.GraphVersion;

/**
 * Evaluates the saved rules on a schedule ({@code nexus.alerts.every}) and after any change of the
 * analysed graph that no feature evaluated itself, such as an import: the graph version is looked at every
 * {@code nexus.alerts.poll} (one indexed lookup). Off unless {@code nexus.alerts.scheduled=true}
 * (decision 0643).
 */
@Component
class AlertSchedule {

    private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);

    private final AlertService alerts;
    private final GraphVersion version;
    private final AccessLog accessLog;
    private @Nullable ScheduledExecutorService executor;
    private String seen = "";
    private Instant last = Instant.EPOCH;

    AlertSchedule(AlertService alerts, GraphVersion version, AccessLog accessLog) {
        this.alerts = alerts;
        this.version = version;
        this.accessLog = accessLog;
    }

    @PostConstruct
    void start() {
        AlertSettings settings = alerts.settings();
        if (!settings.scheduled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("nexus-alert-rules").daemon(true).unstarted(r));
        long poll = settings.poll().toMillis();
        executor.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void tick() {
        try {
            String now = version.current();
            boolean due = Instant.now().isAfter(last.plus(alerts.settings().every()));
            if (!due && now.equals(seen)) {
                return;
            }
            String trigger = due ? "schedule" : "graph changed";
            accessLog.runAs(Actor.system(), () -> alerts.evaluate(null, trigger));
            seen = now;
            last = Instant.now();
        } catch (RuntimeException e) {
            log.warn("alert rules could not be evaluated: {}", e.toString());
        }
    }
}
