package dev.agora.gateway.limits;

import dev.agora.gateway.config.EdgeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rate limits and load shedding, with the bucket store the configuration names. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class Limits {

    @Bean
    Buckets buckets(RateLimitProperties properties) {
        return switch (properties.store()) {
            case MEMORY -> new LocalBuckets(System::nanoTime);
            case REDIS -> new RedisBuckets(properties.redis());
        };
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, Buckets buckets, MeterRegistry meters) {
        return new RateLimitFilter(properties, buckets, meters);
    }

    @Bean
    LoadShedding loadShedding(EdgeProperties edge, MeterRegistry meters) {
        return new LoadShedding(edge, meters);
    }
}
