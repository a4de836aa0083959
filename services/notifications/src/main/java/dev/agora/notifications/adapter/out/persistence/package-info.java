/** Notifications in their database (JDBC). */
@NullMarked
package dev.agora.notifications.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
