package dev.fovea.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "index", mixinStandardHelpOptions = true, description = "End-to-end indexing throughput against each stage alone.")
final class BenchIndexCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
