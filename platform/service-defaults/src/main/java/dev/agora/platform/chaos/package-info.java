/**
 * The {@code chaos} profile: latency and errors added to a service's own API at run time ({@code ./agora chaos}), to
 * watch its callers' deadlines, retries and breakers at work. Off until switched on; absent without the profile.
 */
@NullMarked
package dev.agora.platform.chaos;

import org.jspecify.annotations.NullMarked;
