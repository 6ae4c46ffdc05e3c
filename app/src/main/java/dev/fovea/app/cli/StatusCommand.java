package dev.fovea.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Library roots, counts (indexed / pending / skipped by reason), model and sizes.")
final class StatusCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
