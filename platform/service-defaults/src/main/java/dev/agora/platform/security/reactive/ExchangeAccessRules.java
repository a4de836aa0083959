package dev.agora.platform.security.reactive;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A reactive service's own access rules, declared as a bean: which exchanges need a token or a role. Unlike a
 * service's, the gateway's default is open (each service decides for its own paths), so rules name what is closed.
 */
@FunctionalInterface
public interface ExchangeAccessRules {

    void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);
}
