package dev.agora.platform.resilience;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The policy of each type of outbound call, by name. Service-defaults declares the platform's call types (gateway
 * routes, gRPC between services, the payment provider) in agora-service-defaults.properties; a service or an
 * environment variable may change any value.
 */
@Validated
@ConfigurationProperties("agora.resilience")
public record ResilienceProperties(@DefaultValue Map<String, @Valid CallPolicy> calls) {

    public CallPolicy policy(String callType) {
        CallPolicy policy = calls.get(callType);
        if (policy == null) {
            throw new IllegalStateException("No policy for calls of type '" + callType
                    + "': set agora.resilience.calls." + callType + ".deadline (and any other value to change)");
        }
        return policy;
    }
}
