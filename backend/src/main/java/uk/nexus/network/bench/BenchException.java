package uk.nexus.network.bench;

/** A benchmark that cannot go on (bad option, missing igraph, failed run); the message is one line. */
final class BenchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchException(String message) {
        super(message);
    }
}
