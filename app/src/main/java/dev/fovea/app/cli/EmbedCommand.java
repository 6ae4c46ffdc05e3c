package dev.fovea.app.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Print the L2-normalised embeddings of texts or images.")
final class EmbedCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "One JSON object per input.")
    boolean json;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Inputs inputs;

    static final class Inputs {
        @Option(names = "--text", arity = "1..*", paramLabel = "TEXT", description = "Texts to embed.")
        List<String> texts;

        @Option(names = "--image", arity = "1..*", paramLabel = "PATH", description = "Image files to embed.")
        List<Path> images;
    }

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
