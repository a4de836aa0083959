package dev.agora.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class of the {@link SharedPlatform} that {@link RunningPlatform#reshape reshapes} it (more instances, another
 * configuration) rather than start a platform of its own: it runs after every other class of the shared platform
 * ({@link SharedPlatformFirst}), which would otherwise have to start it again. It takes the shared platform once, in
 * its {@code @BeforeAll}: asked again, {@link SharedPlatform} would hand it a new one, not reshaped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface Reshapes {}
