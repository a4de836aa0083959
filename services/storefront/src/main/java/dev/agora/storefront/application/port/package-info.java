/** What the storefront needs from the services, named by capability. */
@NullMarked
package dev.agora.storefront.application.port;

import org.jspecify.annotations.NullMarked;
