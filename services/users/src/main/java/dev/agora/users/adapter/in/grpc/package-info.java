/** ShippingAddresses over gRPC: what other services ask users (the address of a checkout, for orders). */
@NullMarked
package dev.agora.users.adapter.in.grpc;

import org.jspecify.annotations.NullMarked;
