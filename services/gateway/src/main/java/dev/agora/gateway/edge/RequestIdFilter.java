package dev.agora.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the client's own when it is well formed, a new UUID otherwise. The id
 * goes upstream with the request, back to the client, and into the access log. Within the gateway the exchange's
 * {@link #ATTRIBUTE} holds it: the request's own header is still the client's, malformed or not.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    /** Short and plain, so that a client cannot smuggle anything into logs or headers through it. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String sent = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = sent != null && WELL_FORMED.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
        // Upstream, the id replaces the client's in the copy of the headers that routing makes (UpstreamHeaders):
        // a copy of the request here would cost every request another decorator of the exchange.
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
