package dev.fovea.app.cli;

import picocli.CommandLine;

/** Builds the command line and runs it with Fovea's error handling and exit codes. */
public final class FoveaCli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private FoveaCli() {}

    public static int run(DesktopOpener desktop, String... args) {
        return commandLine(desktop).execute(args);
    }

    public static CommandLine commandLine(DesktopOpener desktop) {
        CommandLine commandLine = new CommandLine(new FoveaCommand(desktop));
        commandLine.setExecutionStrategy(new ConfiguringExecutionStrategy());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrorReporter());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
