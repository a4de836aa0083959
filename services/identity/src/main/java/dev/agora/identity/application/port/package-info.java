/** What identity needs from outside, named by capability: password hashes, signing keys, failed sign-ins. */
@NullMarked
package dev.agora.identity.application.port;

import org.jspecify.annotations.NullMarked;
