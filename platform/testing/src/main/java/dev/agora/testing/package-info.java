/** Test support shared by every module: architecture rules, a real PostgreSQL database, the error-code catalogue. */
@NullMarked
package dev.agora.testing;

import org.jspecify.annotations.NullMarked;
