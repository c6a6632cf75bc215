package uk.nexus.network.cli;

/** A problem with the user's input (bad option, unreadable file, malformed row); message is one line. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
