package dev.agora.users.domain;

/** A profile or address field out of its bounds; {@link #field()} names it as the API does. */
public class FieldRejected extends RuntimeException {

    private final String field;

    public FieldRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
