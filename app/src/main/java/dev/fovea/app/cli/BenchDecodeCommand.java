package dev.fovea.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "decode", mixinStandardHelpOptions = true, description = "Decode to model input: Fovea's decoders against plain ImageIO.")
final class BenchDecodeCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
