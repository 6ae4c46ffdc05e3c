package dev.fovea.app.cli;

import dev.fovea.search.FoveaException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one clear line on stderr. Expected failures carry a message that says what
 * to do; anything else is a bug, so its trace goes to the log file, not the user's terminal.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof UsageException usage) {
            err.println("fovea: " + TerminalText.oneLine(usage.getMessage()));
            err.flush();
            return FoveaCli.USAGE;
        }
        if (exception instanceof FoveaException expected) {
            LOG.debug("Command failed", expected);
            err.println("fovea: " + TerminalText.oneLine(expected.getMessage()));
        } else {
            LOG.error("Unexpected failure in '{}'", commandLine.getCommandName(), exception);
            err.println("fovea: unexpected error: " + TerminalText.oneLine(exception));
            err.println("       Details are in the log file; please report this as a bug.");
        }
        err.flush();
        return FoveaCli.FAILURE;
    }
}
