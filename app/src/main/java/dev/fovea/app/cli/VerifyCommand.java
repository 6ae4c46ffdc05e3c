package dev.fovea.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that the catalog and the vector index agree; exit 1 when they do not.")
final class VerifyCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
