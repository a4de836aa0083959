/** Development mail: one file per notification, instead of an SMTP server. */
@NullMarked
package dev.agora.notifications.adapter.out.mail;

import org.jspecify.annotations.NullMarked;
