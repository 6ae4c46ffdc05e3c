package dev.fovea.app.cli.bench;

import dev.fovea.app.cli.FoveaCli;
import dev.fovea.app.cli.FoveaSubcommand;
import picocli.CommandLine.Command;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that print one JSON object per measured case, one per line.",
        subcommands = {
            BenchDecodeCommand.class,
            BenchEncodeCommand.class,
            BenchIndexCommand.class,
            BenchSearchCommand.class,
            BenchVideoCommand.class,
            BenchPlacesCommand.class,
            BenchOcrCommand.class
        })
public final class BenchCommand extends FoveaSubcommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return FoveaCli.USAGE;
    }
}
