package dev.agora.gateway.limits;

import reactor.core.publisher.Mono;

/** Where the token buckets live: this gateway's memory, or Redis shared by every gateway. */
public interface Buckets {

    /** Takes one token from the bucket {@code key}, created full under {@code limit} when it does not exist yet. */
    Mono<Verdict> take(String key, RateLimit limit);
}
