package uk.nexus.web;

/** A request body larger than the endpoint accepts; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
