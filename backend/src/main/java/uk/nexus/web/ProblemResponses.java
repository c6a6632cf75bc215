package uk.nexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details where Spring MVC's exception handling cannot: in the security
 * filters, before a request reaches a controller.
 */
@Component
public class ProblemResponses {

    /** Base of the {@code type} URIs of Nexus problems; each names a documented problem kind. */
    public static final String TYPE_BASE = "https://nexus.invalid/problems/";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** Builds a problem with a Nexus type URI. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    public void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Nexus API\"");
        write(
                request,
                response,
                problem(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Authentication required",
                        "Send valid credentials with HTTP Basic authentication."));
    }

    /** 429: too many failed sign-ins; {@code Retry-After} says when to try again. */
    public void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, java.time.Duration retryAfter)
            throws IOException {
        long seconds = Math.max(1, retryAfter.toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        write(
                request,
                response,
                problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-attempts",
                        "Too many failed sign-ins",
                        "Sign-in is refused for this user or address for " + seconds
                                + " more seconds after too many failures."));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(
                request,
                response,
                problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your role does not allow this operation."));
    }

    /**
     * A request the firewall refused before any controller saw it (an encoded slash, percent,
     * semicolon, backslash or control character in the URL, a disallowed method or header): 400 as
     * problem details, saying which rule without echoing the request.
     */
    public void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, rejected());
    }

    /** The problem for a request the firewall refused, here or when a header is first read. */
    public static ProblemDetail rejected() {
        return problem(
                HttpStatus.BAD_REQUEST,
                "rejected-request",
                "Request refused",
                "The URL or a header contains characters that are never accepted (an encoded slash, percent"
                        + " sign or backslash, a semicolon, or a control character). Identifiers and values"
                        + " with such characters cannot be sent in the URL or a header.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // A refused request's URL need not be a valid URI: the problem goes without its instance.
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
