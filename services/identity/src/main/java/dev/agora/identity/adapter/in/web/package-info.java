/** The REST API of identity: account registration, and the error codes of identity. */
@NullMarked
package dev.agora.identity.adapter.in.web;

import org.jspecify.annotations.NullMarked;
