package dev.fovea.app.cli;

import dev.fovea.search.FoveaException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Find photos from a description, with filters.")
final class SearchCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print a JSON array of results with scores and metadata.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for, e.g. \"kids on a beach at sunset\".")
    List<String> query;

    @Override
    public Integer call() {
        if (!home().hasLibrary()) {
            throw new FoveaException("There is no library yet in " + home().root()
                    + ". Add photo folders first: fovea index PATH...");
        }
        return notAvailableYet();
    }
}
