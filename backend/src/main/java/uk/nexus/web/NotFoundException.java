package uk.nexus.web;

/** A record asked for by id does not exist; answered with 404 problem details. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " does not exist");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
