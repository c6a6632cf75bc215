package uk.nexus.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.nexus.audit.internal.AuditChain;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.NotFoundException;

/**
 * The access log every feature writes to (Data Protection Act 2018 s.62). Call it from your feature
 * <em>service</em> (the transaction and security boundary), never from a controller or a view, so the
 * UI and the API are logged alike.
 *
 * <h2>How to log</h2>
 *
 * <ul>
 *   <li><b>Reading records</b> (a record, a search, a network, a report): wrap the read in {@link
 *       #consult}. It refuses to run without a purpose, runs the read, then logs the records it
 *       returned: <pre>{@code
 * return accessLog.consult("subject.view",
 *         () -> queries.details(id).orElseThrow(() -> new NotFoundException("subject", id)),
 *         d -> List.of(Records.subject(id)),
 *         d -> "record of " + id);
 * }</pre>
 *   <li><b>Anything else</b> (disclosure, alteration, combination, collection, erasure): build an
 *       {@link AccessEvent} with its factory and {@link #record(AccessEvent)} it once the operation has
 *       succeeded, e.g. {@code accessLog.record(AccessEvent.disclosure("referral.send",
 *       List.of(Records.subject(id)), "HOIE", "referral R12, 3 items redacted"))}.
 *   <li><b>Changes that must not happen unlogged</b> (erasure, review decisions, merges): do the
 *       write inside {@link #writeAndRecord}: the write and its log entry commit together or not at
 *       all.
 * </ul>
 *
 * <h2>Purpose</h2>
 *
 * A consultation or disclosure is logged with the purpose of the user's current task. Through the
 * REST API it comes with each request in the {@value #PURPOSE_HEADER} header; in the UI the user
 * gives it once per task ({@link #startTask}) and it is kept in the HTTP session until the task
 * changes or the session ends. Without one, {@link #purpose()} throws {@link
 * PurposeRequiredException}, which the API answers with 400 and the UI with the purpose dialog.
 * Events that carry their own justification (a review decision's reason) need no purpose.
 *
 * <h2>Who, when and through what</h2>
 *
 * Taken from the security context (user name and roles) and the current request ({@code /api/**} is
 * API, anything else UI). Tools without a signed-in user run their work in {@link #runAs}.
 *
 * <h2>Guarantees</h2>
 *
 * Each entry is appended in its own Neo4j transaction (or in the caller's write, with {@link
 * #writeAndRecord}), chained to the previous one by an HMAC-SHA-256 hash; appends from any number of
 * threads or instances are serialised on the chain's head, so the chain never forks. If the entry
 * cannot be written the operation fails: nothing is read unlogged. Nexus never updates or deletes an
 * entry; {@code ./nexus audit verify} and the auditor's view check the chain.
 */
@Component
public class AccessLog {

    /** The request header that carries the purpose of an API call. */
    public static final String PURPOSE_HEADER = "X-Nexus-Purpose";

    /** The shortest purpose accepted (a case or operation reference is usually longer). */
    public static final int PURPOSE_MIN_LENGTH = 5;

    /** The longest purpose accepted. */
    public static final int PURPOSE_MAX_LENGTH = 500;

    static final String SESSION_PURPOSE = AccessLog.class.getName() + ".purpose";
    private static final ThreadLocal<Actor> ACTOR = new ThreadLocal<>();
    private static final ThreadLocal<String> PURPOSE = new ThreadLocal<>();

    private final AuditChain chain;

    AccessLog(AuditChain chain) {
        this.chain = chain;
    }

    // ---- purpose ---------------------------------------------------------------------------

    /**
     * The purpose of the current task: the one given to {@link #withPurpose} on this thread, else the
     * {@value #PURPOSE_HEADER} header of the current API request, else the task purpose kept in the UI
     * session.
     */
    public Optional<String> currentPurpose() {
        String given = PURPOSE.get();
        if (given != null) {
            return Optional.of(given);
        }
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return Optional.empty();
        }
        if (isApi(request)) {
            String header = request.getHeader(PURPOSE_HEADER);
            return header == null || header.isBlank() ? Optional.empty() : Optional.of(checkPurpose(header));
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object stored =
                attributes == null ? null : attributes.getAttribute(SESSION_PURPOSE, RequestAttributes.SCOPE_SESSION);
        return stored instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The purpose of the current task; throws {@link PurposeRequiredException} when none was given. */
    public String purpose() {
        return currentPurpose()
                .orElseThrow(() -> new PurposeRequiredException("say why you are looking: send the purpose of the task"
                        + " (a case or operation reference, or the reason) in the " + PURPOSE_HEADER + " header"));
    }

    /**
     * Starts a task in the UI: {@code purpose} is logged with everything read until the task changes
     * or the session ends. Bad input (too short, too long, control characters) is refused.
     */
    public void startTask(String purpose) {
        String checked = checkPurpose(purpose);
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            throw new IllegalStateException("a task can only start within a request of a signed-in user");
        }
        attributes.setAttribute(SESSION_PURPOSE, checked, RequestAttributes.SCOPE_SESSION);
    }

    /** Ends the UI task: the next read asks for a purpose again. */
    public void endTask() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.removeAttribute(SESSION_PURPOSE, RequestAttributes.SCOPE_SESSION);
        }
    }

    /** The purpose, stripped, if it is acceptable; otherwise a {@link BadRequestException} saying why. */
    public static String checkPurpose(String purpose) {
        String p = purpose == null ? "" : purpose.strip();
        if (p.length() < PURPOSE_MIN_LENGTH) {
            throw new BadRequestException(
                    PURPOSE_HEADER, "the purpose must be at least " + PURPOSE_MIN_LENGTH + " characters");
        }
        if (p.length() > PURPOSE_MAX_LENGTH) {
            throw new BadRequestException(
                    PURPOSE_HEADER, "the purpose must be at most " + PURPOSE_MAX_LENGTH + " characters");
        }
        if (p.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException(PURPOSE_HEADER, "the purpose must not contain control characters");
        }
        return p;
    }

    // ---- logging ---------------------------------------------------------------------------

    /**
     * Runs a read for the current purpose and logs it as a consultation of the records it returned. A
     * read that finds nothing ({@link NotFoundException}) is logged too, then rethrown.
     *
     * @param action what is read, {@code feature.verb}
     * @param read the read itself
     * @param records the keys ({@link Records}) of the records the result shows
     * @param detail what else the auditor needs (query, parameters, counts)
     * @throws PurposeRequiredException before reading anything, when there is no purpose
     */
    public <T> T consult(
            String action,
            Supplier<T> read,
            Function<? super T, ? extends Collection<String>> records,
            Function<? super T, @Nullable String> detail) {
        String purpose = purpose();
        T result;
        try {
            result = read.get();
        } catch (NotFoundException e) {
            append(new AccessEvent(
                    Operation.CONSULTATION, action, List.of(), purpose, null, "not found: " + e.kind() + " " + e.id()));
            throw e;
        }
        append(new AccessEvent(
                Operation.CONSULTATION,
                action,
                List.copyOf(records.apply(result)),
                purpose,
                null,
                detail.apply(result)));
        return result;
    }

    /**
     * Logs an operation that has happened. An event without a justification takes the current
     * purpose and fails with {@link PurposeRequiredException} if there is none.
     */
    public AccessEntry record(AccessEvent event) {
        return append(event);
    }

    /**
     * Does a write and logs it in one Neo4j transaction: {@code work} runs first, {@code event} builds
     * the entry from its result, then the entry is appended; if anything fails, neither the write nor
     * the entry stays. Use it for erasures, review decisions and merges.
     */
    public <R> R writeAndRecord(Function<TransactionContext, R> work, Function<? super R, AccessEvent> event) {
        Actor actor = actor();
        try (Session session = chain.session()) {
            return session.executeWrite(tx -> {
                R result = work.apply(tx);
                chain.append(tx, draft(event.apply(result), actor));
                return result;
            });
        }
    }

    /**
     * Runs {@code work} on this thread with {@code purpose} as the purpose of the task: for work that has
     * no request behind it (scheduled jobs, command-line tools, tests).
     */
    public <T> T withPurpose(String purpose, Supplier<T> work) {
        String checked = checkPurpose(purpose);
        String before = PURPOSE.get();
        PURPOSE.set(checked);
        try {
            return work.get();
        } finally {
            if (before == null) {
                PURPOSE.remove();
            } else {
                PURPOSE.set(before);
            }
        }
    }

    /** Runs {@code work} with entries attributed to {@code actor} (tools without a signed-in user). */
    public <T> T runAs(Actor actor, Supplier<T> work) {
        Actor before = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(before);
            }
        }
    }

    /**
     * The disclosures that carried a record (keys as in {@link Records}), oldest first: who received
     * copies that a deletion here cannot reach.
     */
    public List<AccessEntry> disclosuresOf(String recordKey) {
        return chain.disclosuresOf(recordKey);
    }

    private AccessEntry append(AccessEvent event) {
        AuditChain.Draft draft = draft(event, actor());
        try (Session session = chain.session()) {
            return session.executeWrite(tx -> chain.append(tx, draft));
        }
    }

    private AuditChain.Draft draft(AccessEvent event, Actor actor) {
        String justification = event.justification() != null ? event.justification() : purpose();
        return new AuditChain.Draft(
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                actor.user(),
                actor.roles(),
                actor.channel(),
                event.operation(),
                event.action(),
                event.records(),
                justification,
                event.recipient(),
                event.detail());
    }

    private static Actor actor() {
        Actor override = ACTOR.get();
        if (override != null) {
            return override;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Actor.system();
        }
        List<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .sorted()
                .toList();
        HttpServletRequest request = currentRequest();
        Channel channel = request == null ? Channel.SYSTEM : isApi(request) ? Channel.API : Channel.UI;
        return new Actor(auth.getName(), roles, channel);
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                ? s.getRequest()
                : null;
    }

    private static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && uri.startsWith(context + "/api/");
    }
}
