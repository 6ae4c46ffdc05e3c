package dev.fovea.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;

/** The level from which log events also reach the terminal. */
final class StderrThreshold {
    private StderrThreshold() {}

    static void set(Logger root, Level level) {
        Appender<ILoggingEvent> stderr = root.getAppender(Logging.STDERR_APPENDER);
        if (stderr == null) {
            return;
        }
        stderr.clearAllFilters();
        ThresholdFilter filter = new ThresholdFilter();
        filter.setLevel(level.levelStr);
        filter.start();
        stderr.addFilter(filter);
    }
}
