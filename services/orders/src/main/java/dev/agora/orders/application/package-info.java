/** The use cases of orders: place, view, cancel. They know no web, SQL, Kafka or gRPC types. */
@NullMarked
package dev.agora.orders.application;

import org.jspecify.annotations.NullMarked;
