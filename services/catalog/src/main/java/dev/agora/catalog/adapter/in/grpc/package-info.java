/** ProductCatalog over gRPC: what other services ask the catalog (prices for orders), with their deadlines. */
@NullMarked
package dev.agora.catalog.adapter.in.grpc;

import org.jspecify.annotations.NullMarked;
