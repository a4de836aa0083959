package dev.agora.mobilebff.application.port;

import java.util.UUID;

/** The caller's live word on their orders (the notifications they are sent): which order changed, as it happens. */
public interface OrderUpdates {

    /**
     * The caller's updates, open when this returns: a change from then on is in them.
     *
     * @throws ServiceUnavailable when they cannot be opened
     * @throws ServiceRefused when the caller is not signed in ({@code UNAUTHORIZED})
     */
    Updates open();

    /** One caller's open updates; closing them stops a wait. */
    interface Updates extends AutoCloseable {

        /** Waits for a change of {@code orderId}: false when the updates end first (closed, or the service left). */
        boolean awaitChangeOf(UUID orderId);

        @Override
        void close();
    }
}
