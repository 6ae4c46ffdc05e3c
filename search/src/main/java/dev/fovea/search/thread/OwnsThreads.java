package dev.fovea.search.thread;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's one owner of threads: the only class the build lets create threads and executors (see
 * {@code build-config/forbidden-threads.txt}), so every thread is named, a daemon, and lowered when it works in the
 * background.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface OwnsThreads {}
