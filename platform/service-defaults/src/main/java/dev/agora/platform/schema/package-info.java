/** The tables the platform brings into a service's database, versioned apart from the service's own. */
@NullMarked
package dev.agora.platform.schema;

import org.jspecify.annotations.NullMarked;
