package dev.agora.contracts.identity.v1;

/** Identity's topic: the accounts it opens, as events keyed by account id (docs/events.md). */
public final class IdentityTopics {

    public static final String EVENTS = "identity.events.v1";

    private IdentityTopics() {}
}
