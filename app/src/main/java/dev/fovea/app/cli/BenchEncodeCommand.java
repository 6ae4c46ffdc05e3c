package dev.fovea.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "encode", mixinStandardHelpOptions = true, description = "Image and text encoder latency and throughput per model variant.")
final class BenchEncodeCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
