package uk.nexus.ingest.internal;

/**
 * One column of a bundle file.
 *
 * @param name the header name (snake_case)
 * @param required whether an empty cell is an error
 * @param type how the cell is parsed
 * @param property the graph property it is stored as (camelCase)
 */
public record Column(String name, boolean required, FieldType type, String property) {

    public static Column req(String name, FieldType type) {
        return new Column(name, true, type, camel(name));
    }

    public static Column opt(String name, FieldType type) {
        return new Column(name, false, type, camel(name));
    }

    /** The same column stored under another property name. */
    public Column as(String property) {
        return new Column(name, required, type, property);
    }

    static String camel(String snake) {
        StringBuilder s = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }
}
