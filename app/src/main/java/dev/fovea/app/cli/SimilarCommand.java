package dev.fovea.app.cli;

import dev.fovea.search.FoveaException;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.filter.SearchFilters;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "similar",
        mixinStandardHelpOptions = true,
        description = "Find photos similar to an image, in the library or not.")
final class SimilarCommand extends FoveaSubcommand {

    @Mixin
    ResultOptions results;

    @Mixin
    SearchFilterOptions filters;

    @Parameters(paramLabel = "IMAGE", description = "The image to compare with.")
    Path image;

    @Override
    public Integer call() {
        int limit = results.limit();
        if (!Files.isRegularFile(image)) {
            throw new FoveaException(image + ": there is no such image file.");
        }
        SearchFilters chosen = filters.toFilters();
        try (OpenedSearch session = OpenedSearch.open(home(), modelDir())) {
            PhotoSearch search = session.search();
            SearchPrinter.print(
                    search.similarTo(image.toAbsolutePath().normalize(), chosen, limit), results.json, out(), err());
            return FoveaCli.OK;
        }
    }
}
