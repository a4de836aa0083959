package dev.agora.contracts.users.v1;

/** Users' topic: the erasures customers ask for, keyed by erasure id (docs/events.md). */
public final class UsersTopics {

    /** {@code CustomerErasureRequested}. */
    public static final String EVENTS = "users.events.v1";

    private UsersTopics() {}
}
