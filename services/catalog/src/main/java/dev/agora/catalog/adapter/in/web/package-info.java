/** The REST API of the catalog: request parsing, response shapes and error codes. */
@NullMarked
package dev.agora.catalog.adapter.in.web;

import org.jspecify.annotations.NullMarked;
