package uk.nexus.audit;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.nexus.audit.internal.AuditChain;

/**
 * {@code nexus audit verify [--anchor SEQ:HASH]}: checks the access log's hash chain from the first
 * entry to the head, prints the head (record it elsewhere as an anchor) and every problem found. The
 * check is logged, attributed to the operating-system user. Exit codes: 0 intact, 1 broken, 2 usage.
 */
@Component
public class AuditCommand {

    static final String USAGE = "usage: nexus audit verify [--anchor SEQ:HASH]";

    private final AuditChain chain;
    private final AccessLog log;

    AuditCommand(AuditChain chain, AccessLog log) {
        this.chain = chain;
        this.log = log;
    }

    /** The anchor given on the command line, or an error message; checked before any database starts. */
    public static @Nullable String usageError(String[] args) {
        try {
            parse(args);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Runs the command; returns the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        Anchor anchor;
        try {
            anchor = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        ChainVerification result = chain.verify(anchor.seq(), anchor.hash());
        log.runAs(
                Actor.commandLine(),
                () -> log.record(AccessEvent.consultation(
                        "audit.verify",
                        List.of(),
                        "access log verification from the command line",
                        (result.intact() ? "intact" : "BROKEN at " + result.firstBrokenSeq()) + ", " + result.entries()
                                + " entries, head " + result.headSeq())));
        if (result.intact()) {
            out.printf(
                    Locale.ROOT,
                    "Access log intact: %,d entries checked, head %d %s%n",
                    result.entries(),
                    result.headSeq(),
                    result.headHash());
            return 0;
        }
        out.printf(
                Locale.ROOT,
                "Access log BROKEN: first fault at entry %d (%,d entries checked)%n",
                result.firstBrokenSeq(),
                result.entries());
        result.problems().forEach(out::println);
        return 1;
    }

    private record Anchor(@Nullable Long seq, @Nullable String hash) {}

    private static Anchor parse(String[] args) {
        if (args.length == 0 || !args[0].equals("verify")) {
            throw new IllegalArgumentException(USAGE);
        }
        if (args.length == 1) {
            return new Anchor(null, null);
        }
        if (args.length == 3 && args[1].equals("--anchor")) {
            String[] parts = args[2].split(":", 2);
            if (parts.length == 2 && parts[0].matches("[1-9][0-9]{0,17}") && parts[1].matches("[0-9a-f]{64}")) {
                return new Anchor(Long.parseLong(parts[0]), parts[1]);
            }
            throw new IllegalArgumentException("--anchor takes SEQ:HASH, e.g. 1234:" + "ab".repeat(32));
        }
        throw new IllegalArgumentException(USAGE);
    }
}
