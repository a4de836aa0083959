package dev.agora.platform.warmup;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.warm-up.*}: what a service asks of itself before it reports ready.
 *
 * @param paths the paths of its own API to request once ({@link SelfRequests}); none by default
 */
@ConfigurationProperties("agora.warm-up")
public record WarmUpProperties(List<String> paths) {

    public WarmUpProperties {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }
}
