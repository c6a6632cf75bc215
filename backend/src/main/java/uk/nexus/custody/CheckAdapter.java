package uk.nexus.custody;

import java.util.concurrent.CompletionStage;

/**
 * The port for automated check services (ACRO, Interpol I-24/7, PNC, SIS II, EAW): when a detainee is
 * identified, every requested check that an adapter {@linkplain #handles handles} is sent to it; its
 * answer is recorded like a result entered by hand, attributed to the adapter. Checks no adapter handles
 * are entered by hand as they come back.
 */
public interface CheckAdapter {

    /** The adapter's name, recorded as who entered the result. */
    String name();

    /** Whether this adapter answers checks of this kind. */
    boolean handles(CheckKind kind);

    /** Whether its answers are simulated (demo data, never a real check): recorded on the result and shown. */
    boolean simulated();

    /** Sends the check; the stage completes with the answer when it comes back. */
    CompletionStage<CheckEntry> request(CheckQuery query);
}
