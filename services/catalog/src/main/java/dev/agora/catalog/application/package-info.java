/** The catalog's use cases, one class each; they know the domain and nothing of HTTP or SQL. */
@NullMarked
package dev.agora.catalog.application;

import org.jspecify.annotations.NullMarked;
