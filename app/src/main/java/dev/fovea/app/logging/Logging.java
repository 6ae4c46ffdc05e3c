package dev.fovea.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import dev.fovea.indexer.catalog.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging for a run: WARN and worse on stderr (more with -v), everything from INFO up in a rotating file
 * in the home, and java.util.logging (which Lucene and JavaFX use) routed into the same place.
 */
public final class Logging {
    static final String STDERR_APPENDER = "stderr";
    static final String FILE_APPENDER = "file";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private Logging() {}

    public static void configure(Path logDirectory, int verbosity) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbosity >= 2 ? Level.DEBUG : Level.INFO);
        StderrThreshold.set(root, verbosity == 0 ? Level.WARN : verbosity == 1 ? Level.INFO : Level.DEBUG);
        if (root.getAppender(FILE_APPENDER) == null) {
            attachFile(context, root, logDirectory);
        }
        routeJavaUtilLogging();
    }

    private static void attachFile(LoggerContext context, Logger root, Path logDirectory) {
        try {
            OwnerOnly.home(logDirectory.toAbsolutePath().getParent());
            OwnerOnly.folder(logDirectory);
        } catch (IOException e) {
            root.warn("Cannot write the log file in {} ({}); logging to stderr only.", logDirectory, e.toString());
            return;
        }
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(FILE_APPENDER);
        file.setFile(logDirectory.resolve("fovea.log").toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDirectory.resolve("fovea.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, PATTERN));
        file.start();
        root.addAppender(file);
    }

    /** The terminal gets the message only: a stack trace there says nothing to a user, and the log file has it. */
    static final String STDERR_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n%nopex";

    static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    private static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        }
    }
}
