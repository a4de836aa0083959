/**
 * Zero trust, once for every service: how a bearer token issued by identity is checked (signature against identity's
 * JWKS, RS256 only, issuer, audience, expiry with a small clock skew) and how a refusal is answered (401 or 403 as
 * problem+json). Each service states only which of its endpoints are public and which roles the others need.
 */
@NullMarked
package dev.agora.platform.security;

import org.jspecify.annotations.NullMarked;
