/** Stock and reservations in the service's database, through plain SQL (JdbcClient), as in the catalog (ADR 0003). */
@NullMarked
package dev.agora.inventory.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
