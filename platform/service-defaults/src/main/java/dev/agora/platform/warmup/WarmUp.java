package dev.agora.platform.warmup;

/**
 * One thing a service does once it is up and before it reports ready: opening a channel to a peer, answering its own
 * first requests. A bean of this type is run by {@link WarmUps}; it must end by itself (a deadline of its own).
 */
@FunctionalInterface
public interface WarmUp {

    /** Returns when the service is warm; throws when it gave up (the service is then ready all the same). */
    void run() throws Exception;

    /** What the log lines call it: its class, unless one class warms several things. */
    default String name() {
        return getClass().getSimpleName();
    }
}
