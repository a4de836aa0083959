/**
 * The services the mobile BFF calls, named by what they give it. It has no use cases of its own: a screen's query is
 * composed from these ports by the GraphQL layer (adapter/in/graphql), field by field.
 */
@NullMarked
package dev.agora.mobilebff.application.port;

import org.jspecify.annotations.NullMarked;
