package dev.fovea.app.cli;

import dev.fovea.app.logging.Logging;
import dev.fovea.app.setup.NativeLibraryCache;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Once the arguments are parsed and before any command runs, points logging and the native libraries' cache at the
 * chosen home.
 */
final class ConfiguringExecutionStrategy implements IExecutionStrategy {
    @Override
    public int execute(ParseResult parseResult) {
        if (!parseResult.isUsageHelpRequested() && !parseResult.isVersionHelpRequested()) {
            FoveaCommand root = (FoveaCommand) parseResult.commandSpec().root().userObject();
            Logging.configure(root.home().logs(), root.verbosity());
            NativeLibraryCache.keepIn(root.home());
        }
        return new CommandLine.RunLast().execute(parseResult);
    }
}
