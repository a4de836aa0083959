package dev.agora.gateway.routing;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemMapping;
import java.io.IOException;
import java.net.ConnectException;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import reactor.netty.http.client.PrematureCloseException;

/** The one place where the failures of routing a request get their error codes. */
@Configuration(proxyBeanMethods = false)
class RoutingProblems {

    @Bean
    ProblemMapping upstreamUnreachable() {
        return new ProblemMapping(
                ConnectException.class,
                PlatformErrorCodes.SERVICE_UNAVAILABLE,
                "The service behind this path cannot be reached. Try again shortly.");
    }

    @Bean
    ProblemMapping upstreamClosedTheConnection() {
        return new ProblemMapping(
                PrematureCloseException.class,
                PlatformErrorCodes.BAD_GATEWAY,
                "The service behind this path closed the connection before answering. Try again.");
    }

    /** Any other broken exchange with the service (a reset connection): last, after the more precise ones above. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ProblemMapping upstreamConnectionFailed() {
        return new ProblemMapping(
                IOException.class,
                PlatformErrorCodes.BAD_GATEWAY,
                "The connection to the service behind this path failed. Try again.");
    }

    @Bean
    ProblemMapping upstreamTimeout() {
        return new ProblemMapping(
                TimeoutException.class,
                PlatformErrorCodes.UPSTREAM_TIMEOUT,
                "The service behind this path did not answer within the route timeout.");
    }
}
