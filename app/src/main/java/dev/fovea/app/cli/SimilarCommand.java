package dev.fovea.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Find photos similar to an image, in the library or not.")
final class SimilarCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print a JSON array of results with scores and metadata.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "IMAGE", description = "The image to compare with.")
    Path image;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
