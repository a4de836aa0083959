package dev.agora.gateway.edge;

import dev.agora.gateway.config.EdgeProperties;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit with 413 {@code PAYLOAD_TOO_LARGE}: at once when the client declares the
 * length, and while streaming when it does not (chunked), so a large body is never passed on in full.
 */
@Component
public class RequestSizeFilter implements WebFilter, Ordered {

    private final long limit;

    public RequestSizeFilter(EdgeProperties edge) {
        this.limit = edge.maxRequestBody().toBytes();
    }

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 4;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return Mono.error(tooLarge());
        }
        if (declared >= 0 || !isChunked(exchange)) {
            // Without a length and without chunks there is no body; decorating it anyway would make the routed
            // request chunked, which costs the upstream a round trip to read an empty body.
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static boolean isChunked(ServerWebExchange exchange) {
        String encoding = exchange.getRequest().getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                PlatformErrorCodes.PAYLOAD_TOO_LARGE, "The request body is larger than " + limit + " bytes.");
    }
}
