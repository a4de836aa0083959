package dev.agora.platform.security.reactive;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import dev.agora.platform.problem.reactive.ReactiveProblemHandler;
import dev.agora.platform.security.AccessTokens;
import dev.agora.platform.security.BearerChallenge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The reactive side of zero trust (the gateway): a token that is sent is always checked, the {@link
 * ExchangeAccessRules} say where one is required, refusals are 401/403 problems like every other error.
 * Imported by the auto-configuration only (not a {@code @Configuration}, so no component scan picks it up).
 */
public class ReactiveSecurity {

    private static final Logger log = LoggerFactory.getLogger(ReactiveSecurity.class);

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder reactiveJwtDecoder(AccessTokens tokens) {
        JWKSource<SecurityContext> keys = tokens.identityKeys();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(jwt -> {
                    JWKMatcher matcher = JWKMatcher.forJWSHeader(jwt.getHeader());
                    // Another algorithm is refused by the decoder anyway: do not let it cause a key fetch.
                    if (matcher == null
                            || !AccessTokens.ALGORITHM
                                    .getName()
                                    .equals(jwt.getHeader().getAlgorithm().getName())) {
                        return Flux.empty();
                    }
                    // The JWK source may fetch the JWKS over HTTP: off the event loop.
                    return Mono.fromCallable(() -> keys.get(new JWKSelector(matcher), null))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMapMany(Flux::<JWK>fromIterable);
                })
                .jwsAlgorithm(AccessTokens.ALGORITHM)
                .build();
        decoder.setJwtValidator(tokens.claimsValidator());
        return decoder;
    }

    /**
     * A request refused before its body was read leaves that body on a kept-alive connection, where the next request
     * could be read behind it (a client then waits for an answer that never comes): close the connection instead.
     */
    private static void closeIfBodyUnread(ServerWebExchange exchange) {
        HttpHeaders request = exchange.getRequest().getHeaders();
        if (request.getContentLength() > 0 || request.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
    }

    @Bean
    SecurityWebFilterChain apiSecurity(
            ServerHttpSecurity http,
            ReactiveJwtDecoder decoder,
            ObjectProvider<ExchangeAccessRules> rules,
            ReactiveProblemHandler problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, failure) -> {
            BearerChallenge challenge = BearerChallenge.of(failure);
            if (challenge.tokenRejected()) {
                log.atInfo()
                        .addKeyValue("path", exchange.getRequest().getPath().value())
                        .log("Bearer token rejected: {}", failure.getMessage());
            }
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge.header());
            closeIfBodyUnread(exchange);
            return problems.handle(exchange, new ProblemException(PlatformErrorCodes.UNAUTHORIZED, challenge.detail()));
        };
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> {
            closeIfBodyUnread(exchange);
            return problems.handle(
                    exchange,
                    new ProblemException(
                            PlatformErrorCodes.FORBIDDEN, "Your account does not have the role this request needs."));
        };
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // Response headers are the gateway's own edge filters' job.
                .headers(headers -> headers.disable())
                .authorizeExchange(exchanges -> {
                    rules.orderedStream().forEach(service -> service.declare(exchanges));
                    exchanges.anyExchange().permitAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(
                                        new ReactiveJwtAuthenticationConverterAdapter(AccessTokens.authentication())))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }
}
