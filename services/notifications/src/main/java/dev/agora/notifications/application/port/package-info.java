/** Where notifications go besides the database: a mailbox, and the live streams of connected customers. */
@NullMarked
package dev.agora.notifications.application.port;

import org.jspecify.annotations.NullMarked;
