package dev.fovea.app.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = "Print the CLIP token ids of each TEXT: one array of 77 ids per text, in order.")
final class TokenizeCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "One JSON array of 77 ids per line.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> texts;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
