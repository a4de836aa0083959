package dev.agora.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class of the {@link SharedPlatform} that breaks parts of it on purpose (kills services, the broker) and starts
 * each again before it ends, so that it leaves the platform whole but not quiet: it runs after the classes that leave
 * the platform untouched ({@link SharedPlatformFirst}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface RestoresWhatItBreaks {}
