package dev.agora.notifications.adapter.in.web;

import dev.agora.notifications.application.ListNotifications;
import dev.agora.platform.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A customer's notifications: the ones sent so far, and a live stream of the next ones. */
@RestController
@RequestMapping("/api/notifications")
@Validated
@Tag(name = "Notifications", description = "What you were told about your orders")
class NotificationsController {

    private final ListNotifications listNotifications;
    private final LiveNotifications live;

    NotificationsController(ListNotifications listNotifications, LiveNotifications live) {
        this.listNotifications = listNotifications;
        this.live = live;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your notifications, newest first")
    @ApiResponse(responseCode = "200", description = "A page of your notifications")
    PageResponse<NotificationResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(ListNotifications.MAX_PAGE_SIZE) int size,
            Authentication caller) {
        ListNotifications.Page found = listNotifications.list(caller.getName(), page, size);
        return PageResponse.of(
                found.items().stream().map(NotificationResponse::of).toList(),
                found.page(),
                found.size(),
                found.totalItems());
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Your next notifications, live (Server-Sent Events named 'notification'), for up to 30 min")
    @ApiResponse(responseCode = "200", description = "A text/event-stream")
    SseEmitter stream(Authentication caller) {
        return live.open(caller.getName());
    }
}
