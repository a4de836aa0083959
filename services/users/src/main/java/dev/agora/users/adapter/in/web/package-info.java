/** The REST API of users: request parsing, response shapes and error codes. */
@NullMarked
package dev.agora.users.adapter.in.web;

import org.jspecify.annotations.NullMarked;
