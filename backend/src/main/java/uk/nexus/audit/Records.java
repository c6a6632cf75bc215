package uk.nexus.audit;

/**
 * Keys of the records an access-log entry touches: {@code Kind:id}, the same keys the network
 * read model uses ({@code Subject:S000123}, {@code IntelReport:N1}, {@code Group:G1}…).
 */
public final class Records {

    private Records() {}

    /** The key of a subject. */
    public static String subject(String id) {
        return key("Subject", id);
    }

    /** The key of a record of any kind. */
    public static String key(String kind, String id) {
        return kind + ":" + id;
    }
}
