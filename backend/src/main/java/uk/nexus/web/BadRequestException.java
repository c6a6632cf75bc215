package uk.nexus.web;

/** A request that is well-formed HTTP but asks for something invalid; answered with 400. */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request parameter or body field at fault. */
    public String field() {
        return field;
    }
}
