/** Products stored in a relational database (H2 locally, PostgreSQL in production) through JDBC. */
@NullMarked
package dev.agora.catalog.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
