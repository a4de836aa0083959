package dev.agora.platform.chaos;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.web.server.WebFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import reactor.core.publisher.Mono;

/**
 * The chaos profile's switches and where they act: the service's own API over HTTP ({@code /api/**}) and gRPC.
 * Health, metrics and the chaos endpoint itself are never slowed nor failed, so that an experiment can be watched and
 * ended.
 */
@Configuration(proxyBeanMethods = false)
@Profile("chaos")
public class ChaosConfiguration {

    static final String API = "/api/";

    @Bean
    Chaos chaos() {
        return new Chaos();
    }

    @Bean
    ChaosEndpoint chaosEndpoint(Chaos chaos) {
        return new ChaosEndpoint(chaos);
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("chaos") // nested configurations are not covered by the outer one's profile
    @ConditionalOnWebApplication(type = Type.SERVLET)
    static class OnServlets {

        @Bean
        WebMvcConfigurer chaosOnRequests(Chaos chaos) {
            HandlerInterceptor slowOrFailing = new HandlerInterceptor() {
                @Override
                public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                        throws InterruptedException {
                    Duration delay = chaos.delay();
                    if (delay.isPositive()) {
                        Thread.sleep(delay); // a virtual thread: the wait holds no platform thread
                    }
                    if (chaos.failsNow()) {
                        throw Chaos.injectedFailure();
                    }
                    return true;
                }
            };
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(slowOrFailing).addPathPatterns(API + "**");
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("chaos") // nested configurations are not covered by the outer one's profile
    @ConditionalOnWebApplication(type = Type.REACTIVE)
    static class OnReactiveRequests {

        @Bean
        WebFilter chaosOnRequests(Chaos chaos) {
            return (exchange, chain) -> {
                if (chaos.settings().isOff()
                        || !exchange.getRequest().getPath().value().startsWith(API)) {
                    return chain.filter(exchange); // no hop to a timer thread while nothing is switched on
                }
                return Mono.delay(chaos.delay())
                        .then(Mono.defer(
                                () -> chaos.failsNow() ? Mono.error(Chaos.injectedFailure()) : chain.filter(exchange)));
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("chaos") // nested configurations are not covered by the outer one's profile
    @ConditionalOnClass({ServerInterceptor.class, GlobalServerInterceptor.class})
    static class OnGrpcCalls {

        @Bean
        @GlobalServerInterceptor
        ServerInterceptor chaosOnCalls(Chaos chaos) {
            return new ServerInterceptor() {
                @Override
                public <Q, A> ServerCall.Listener<Q> interceptCall(
                        ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
                    ServerCall.Listener<Q> listener = next.startCall(call, headers);
                    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
                        @Override
                        public void onHalfClose() {
                            try {
                                Thread.sleep(chaos.delay());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            if (chaos.failsNow()) {
                                call.close(
                                        Status.UNAVAILABLE.withDescription("injected by the chaos profile"),
                                        new Metadata());
                                return;
                            }
                            super.onHalfClose();
                        }
                    };
                }
            };
        }
    }
}
