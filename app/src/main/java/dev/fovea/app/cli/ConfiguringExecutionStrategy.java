package dev.fovea.app.cli;

import dev.fovea.app.logging.Logging;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/** Once the arguments are parsed and before any command runs, points logging at the chosen home. */
final class ConfiguringExecutionStrategy implements IExecutionStrategy {
    @Override
    public int execute(ParseResult parseResult) {
        if (!parseResult.isUsageHelpRequested() && !parseResult.isVersionHelpRequested()) {
            FoveaCommand root = (FoveaCommand) parseResult.commandSpec().root().userObject();
            Logging.configure(root.home().logs(), root.verbosity());
        }
        return new CommandLine.RunLast().execute(parseResult);
    }
}
