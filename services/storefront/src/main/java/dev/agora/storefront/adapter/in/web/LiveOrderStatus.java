package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.adapter.out.http.NotificationFeed;
import dev.agora.storefront.application.port.Orders;
import dev.agora.storefront.domain.Order;
import dev.agora.storefront.domain.OrderNotFound;
import dev.agora.storefront.domain.OrderStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * An order's end, live, for its page ({@code GET /orders/{id}/live}, Server-Sent Events): the storefront follows the
 * customer's notifications stream in their name and sends one {@code status} event when the order is confirmed or
 * cancelled. The stream is opened before the order is read, so an end that comes in between is not missed; an order
 * already ended is told at once.
 */
@Controller
class LiveOrderStatus {

    /** Longer than a checkout takes; a browser that still waits then opens the stream again by itself. */
    static final Duration LIVE_FOR = Duration.ofMinutes(2);

    private final OAuth2AuthorizedClientManager customerTokens;
    private final NotificationFeed notifications;
    private final Orders orders;

    LiveOrderStatus(OAuth2AuthorizedClientManager customerTokens, NotificationFeed notifications, Orders orders) {
        this.customerTokens = customerTokens;
        this.notifications = notifications;
        this.orders = orders;
    }

    @GetMapping(path = OrderPages.ORDERS + "/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(
            @PathVariable UUID id, Authentication customer, HttpServletRequest request, HttpServletResponse response) {
        NotificationFeed.Feed feed = notifications.open(accessToken(customer, request, response));
        SseEmitter live = new SseEmitter(LIVE_FOR.toMillis());
        try {
            Order order = orders.find(id).orElseThrow(() -> new OrderNotFound(id));
            if (order.status().isFinal()) {
                feed.close();
                tell(live, order.status());
                return live;
            }
        } catch (RuntimeException failure) {
            feed.close();
            throw failure;
        }
        live.onCompletion(feed::close);
        // Ended quietly: the browser's EventSource opens the stream again by itself if it still waits.
        live.onTimeout(live::complete);
        live.onError(failure -> feed.close());
        Thread.ofVirtual()
                .name("live-order-" + id)
                .start(() -> feed.kindFor(id)
                        .ifPresentOrElse(
                                kind -> tell(
                                        live,
                                        "ORDER_CONFIRMED".equals(kind) ? OrderStatus.CONFIRMED : OrderStatus.CANCELLED),
                                live::complete));
        return live;
    }

    /** The customer's access token now, refreshed first when it is about to expire. */
    private String accessToken(Authentication customer, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizedClient tokens =
                customerTokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(SignInAddresses.REGISTRATION)
                        .principal(customer)
                        .attribute(HttpServletRequest.class.getName(), request)
                        .attribute(HttpServletResponse.class.getName(), response)
                        .build());
        if (tokens == null) {
            throw new ClientAuthorizationRequiredException(SignInAddresses.REGISTRATION);
        }
        return tokens.getAccessToken().getTokenValue();
    }

    private static void tell(SseEmitter live, OrderStatus status) {
        try {
            live.send(SseEmitter.event()
                    .name("status")
                    .data(Map.of("status", status.name()), MediaType.APPLICATION_JSON));
            live.complete();
        } catch (IOException | IllegalStateException browserGone) {
            live.completeWithError(browserGone);
        }
    }
}
