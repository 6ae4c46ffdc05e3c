package dev.fovea.app.cli;

import dev.fovea.search.FoveaException;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Find photos similar to an image, in the library or not.")
final class SimilarCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print a JSON array of results with scores and metadata.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    SearchFilterOptions filters;

    @Parameters(paramLabel = "IMAGE", description = "The image to compare with.")
    Path image;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new UsageException("--limit must be between 1 and " + SearchRequest.MAX_LIMIT + ".");
        }
        if (!Files.isRegularFile(image)) {
            throw new FoveaException(image + ": there is no such image file.");
        }
        if (!home().hasLibrary()) {
            throw new FoveaException("There is no library yet in " + home().root()
                    + ". Add photo folders first: fovea index PATH...");
        }
        try (SearchSession session = SearchSession.open(home(), modelDir())) {
            PhotoSearch search = session.search();
            SearchPrinter.print(search.similarTo(image.toAbsolutePath().normalize(), filters.toFilters(search.parser()), limit),
                    json, out(), err());
            return FoveaCli.OK;
        }
    }
}
