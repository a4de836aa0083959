/** The REST API (a customer's notifications) and the live stream (Server-Sent Events). */
@NullMarked
package dev.agora.notifications.adapter.in.web;

import org.jspecify.annotations.NullMarked;
