package dev.agora.contracts.users.v1;

/** Users' topic (docs/events.md): the erasures customers ask for and their display names, keyed by customer id. */
public final class UsersTopics {

    /** {@code CustomerErasureRequested}, {@code DisplayNameChanged}. */
    public static final String EVENTS = "users.events.v1";

    private UsersTopics() {}
}
