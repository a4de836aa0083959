/** Mail to customers: over SMTP, or in development one file per notification. */
@NullMarked
package dev.agora.notifications.adapter.out.mail;

import org.jspecify.annotations.NullMarked;
