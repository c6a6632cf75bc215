package uk.nexus;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The backend as an application, for integration tests (the deployable app lives in the ui module). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NexusTestApplication {}
