package uk.nexus.web;

/**
 * The request is well-formed and allowed for the role, but the state of the record forbids it (an
 * illegal workflow transition, a four-eyes breach, a concurrent change); answered with 409.
 */
public class ConflictException extends RuntimeException {

    private final String type;

    /**
     * @param type the problem type slug (e.g. {@code illegal-transition}); documented per endpoint
     * @param message what is wrong and what would be allowed instead
     */
    public ConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
