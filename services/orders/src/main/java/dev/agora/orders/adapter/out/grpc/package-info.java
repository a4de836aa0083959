/** The catalog's prices over gRPC (ProductCatalog), with a deadline and the caller's token. */
@NullMarked
package dev.agora.orders.adapter.out.grpc;

import org.jspecify.annotations.NullMarked;
