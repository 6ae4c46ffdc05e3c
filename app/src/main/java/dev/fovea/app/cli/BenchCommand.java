package dev.fovea.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print one JSON object per measured case, one per line.",
        subcommands = {BenchCommand.Decode.class, BenchCommand.Encode.class, BenchCommand.Index.class, BenchCommand.Search.class})
final class BenchCommand extends FoveaSubcommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return FoveaCli.USAGE;
    }

    abstract static class BenchCase extends FoveaSubcommand {
        @Option(names = "--json", description = "One JSON object per measured case, one per line.")
        boolean json;
    }

    @Command(name = "decode", mixinStandardHelpOptions = true, description = "Decode to model input: Fovea's decoders against plain ImageIO.")
    static final class Decode extends BenchCase {
        @Override
        public Integer call() {
            return notAvailableYet();
        }
    }

    @Command(name = "encode", mixinStandardHelpOptions = true, description = "Image and text encoder latency and throughput per model variant.")
    static final class Encode extends BenchCase {
        @Override
        public Integer call() {
            return notAvailableYet();
        }
    }

    @Command(name = "index", mixinStandardHelpOptions = true, description = "End-to-end indexing throughput against each stage alone.")
    static final class Index extends BenchCase {
        @Override
        public Integer call() {
            return notAvailableYet();
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "Vector search recall and latency; end-to-end text query latency.")
    static final class Search extends BenchCase {
        @Override
        public Integer call() {
            return notAvailableYet();
        }
    }
}
