package dev.agora.reviews.domain;

/** A change made from a version that is no longer the current one: someone changed it since. */
public class StaleVersion extends RuntimeException {

    public StaleVersion() {
        super("The review changed since you read it: read it again, then send your change with its ETag.");
    }
}
