/** Payments and the ledger in the service's database, through plain SQL (JdbcClient). */
@NullMarked
package dev.agora.payments.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
