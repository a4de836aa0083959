package dev.agora.gateway.limits;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.codec.StringCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, so that every gateway in front of Agora counts the same requests: a caller cannot get twice the
 * limit by being spread over two gateways. Each take is one script run in Redis (take-token.lua).
 *
 * <p>When Redis cannot be reached, or does not answer within a second, the request is let through (fail open); when it
 * cannot be reached it is left alone for a second; a warning is logged once per outage: a limit is protection, and losing it for a while is better than refusing or
 * slowing every customer.
 */
public final class RedisBuckets implements Buckets, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RedisBuckets.class);
    private static final String KEY_PREFIX = "agora:rate-limit:";

    /**
     * A rate-limit check must never hold a request up for long: past this, the request goes on unchecked. Redis answers
     * in a millisecond; a second leaves room for a laptop whose two cores are busy with a dozen JVMs.
     */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

    private static final Duration FOREVER = Duration.ofDays(36_500);

    private final RedisClient client;
    private final AtomicReference<@Nullable StatefulRedisConnection<String, String>> connection =
            new AtomicReference<>();
    private final Mono<RedisReactiveCommands<String, String>> redis;
    private final String script;
    private final String digest;
    private volatile boolean failing;

    /**
     * After Redis could not be reached, it is left alone this long: during an outage no request waits for it. Not
     * after a slow answer: a busy Redis still counts the requests after it.
     */
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

    private volatile long pausedUntilNanos = System.nanoTime();

    public RedisBuckets(URI redisUri) {
        this.client = RedisClient.create();
        client.setDefaultTimeout(ANSWER_WITHIN);
        // While disconnected, fail a command at once rather than queue it until the connection is back.
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        RedisURI uri = RedisURI.create(redisUri);
        // Connected on first use, and again on the next request after a failed attempt: a gateway starts even while
        // Redis is down. Once connected, Lettuce reconnects by itself.
        this.redis = Mono.defer(() -> Mono.fromCompletionStage(client.connectAsync(StringCodec.UTF8, uri)))
                .doOnNext(connection::set)
                .map(StatefulRedisConnection::reactive)
                .cache(connected -> FOREVER, failure -> Duration.ZERO, () -> Duration.ZERO);
        this.script = readScript();
        this.digest = sha1(script);
    }

    @Override
    public Mono<Verdict> take(String key, RateLimit limit) {
        if (System.nanoTime() - pausedUntilNanos < 0) {
            return Mono.just(Verdict.unchecked(limit));
        }
        String[] keys = {KEY_PREFIX + key};
        String burst = String.valueOf(limit.burst());
        String perSecond = String.format(Locale.ROOT, "%.6f", limit.refillPerSecond());
        return redis.flatMap(commands -> commands.<List<Object>>evalsha(
                                digest, ScriptOutputType.MULTI, keys, burst, perSecond)
                        .onErrorResume(
                                RedisNoScriptException.class,
                                noScript -> commands.eval(script, ScriptOutputType.MULTI, keys, burst, perSecond))
                        .next())
                .map(answer -> {
                    recovered();
                    return Verdict.of(((Long) answer.get(0)) == 1L, Double.parseDouble((String) answer.get(1)), limit);
                })
                .timeout(ANSWER_WITHIN)
                .onErrorResume(failure -> {
                    failed(failure);
                    return Mono.just(Verdict.unchecked(limit));
                });
    }

    private void failed(Throwable failure) {
        if (!(failure instanceof TimeoutException || failure instanceof RedisCommandTimeoutException)) {
            pausedUntilNanos = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
        }
        if (!failing) {
            failing = true;
            LOG.atWarn()
                    .addKeyValue("error", failure.toString())
                    .log(
                            "Rate limits are not enforced: Redis does not answer (requests go on unchecked until it does)");
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.info("Rate limits are enforced again: Redis answers");
        }
    }

    private static String readScript() {
        try {
            return new ClassPathResource("dev/agora/gateway/limits/take-token.lua")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-1", e);
        }
    }

    @Override
    public void destroy() {
        StatefulRedisConnection<String, String> open = connection.get();
        if (open != null) {
            open.close();
        }
        client.shutdown();
    }
}
