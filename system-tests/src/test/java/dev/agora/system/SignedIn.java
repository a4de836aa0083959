package dev.agora.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link Session} parameter signed in as one of the seeded users ({@code alice}, {@code bob}, {@code admin}) on the
 * shared platform: {@code @SignedIn("alice") Session alice}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface SignedIn {

    /** The seeded user: alice, bob or admin. */
    String value();
}
