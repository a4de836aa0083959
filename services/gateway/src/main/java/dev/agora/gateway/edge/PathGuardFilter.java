package dev.agora.gateway.edge;

import dev.agora.platform.problem.ProblemException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses paths with dot segments, path parameters ({@code ;}), encoded slashes or backslashes. Routes match the path as sent, but a service
 * normalises it: {@code /api/products/../../actuator/env} would match the catalog route and then reach the catalog's
 * actuator. Such paths are never needed by a client, so they are refused outright (400 {@code VALIDATION_FAILED}).
 */
@Component
public class PathGuardFilter implements WebFilter, Ordered {

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 3;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getURI().getRawPath();
        if (raw != null && climbs(raw)) {
            return Mono.error(ProblemException.invalid(
                    "path", "must not contain dot segments, path parameters, encoded slashes or backslashes"));
        }
        return chain.filter(exchange);
    }

    static boolean climbs(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        if (path.contains("%2e")
                || path.contains("%2f")
                || path.contains("%5c")
                || path.contains("%3b")
                || path.contains("\\")
                || path.contains(";")) {
            return true; // ";" too: a servlet container drops path parameters, so "..;" would climb like ".."
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
