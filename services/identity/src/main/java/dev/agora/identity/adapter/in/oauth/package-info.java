/**
 * OAuth 2.1 and OpenID Connect, by Spring Authorization Server: the endpoints, the claims Agora's tokens carry,
 * rotating refresh tokens whose reuse revokes their family, and refreshing for the public client.
 */
@NullMarked
package dev.agora.identity.adapter.in.oauth;

import org.jspecify.annotations.NullMarked;
