/** The GraphQL API at {@code /mobile/graphql}: queries, mutations, errors with their codes, limits. */
@NullMarked
package dev.agora.mobilebff.adapter.in.graphql;

import org.jspecify.annotations.NullMarked;
