package dev.agora.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The headers a browser needs to treat API answers safely, on every response, errors included. The API serves JSON
 * only, so its content security policy allows nothing to load or frame it, and it sends no referrer; a service that
 * serves pages (the storefront) sends the policies its pages need, which are kept. (A page under {@code no-referrer}
 * would post its forms with {@code Origin: null}, which the CORS filter refuses.)
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final String REFERRER_POLICY = "Referrer-Policy";

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.containsHeader(REFERRER_POLICY)) {
                headers.set(REFERRER_POLICY, "no-referrer");
            }
            if (!headers.containsHeader(CONTENT_SECURITY_POLICY)) {
                headers.set(CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'");
            }
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            headers.set("Cross-Origin-Resource-Policy", "same-site");
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
