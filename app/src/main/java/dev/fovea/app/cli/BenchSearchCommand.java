package dev.fovea.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Vector search recall and latency; end-to-end text query latency.")
final class BenchSearchCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
