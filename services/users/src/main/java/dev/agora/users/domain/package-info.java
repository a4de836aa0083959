/** The users' domain: profiles, their preferences and shipping addresses. Plain Java only. */
@NullMarked
package dev.agora.users.domain;

import org.jspecify.annotations.NullMarked;
