package dev.fovea.app.cli;

import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.filter.SearchFilters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    @Parameters(
            paramLabel = "IMAGE",
            description = "The image to compare with, or a frame of a library video as VIDEO@SECONDS (clip.mp4@42).")
    Path image;

    @Override
    public Integer call() {
        int limit = results.limit();
        Optional<VideoMoment> moment = Files.exists(image) ? Optional.empty() : VideoMoment.parse(image);
        if (moment.isEmpty()) {
            UserFiles.regularFile(image, "image file (for a video's frame: VIDEO@SECONDS)");
        }
        SearchFilters read = filters.toFilters();
        try (OpenedSearch session = OpenedSearch.open(home(), modelDir())) {
            PhotoSearch search = session.search();
            SearchFilters chosen = filters.withAlbum(read, home(), session);
            SearchFilters placed = filters.withPlaces(chosen, session.places());
            SearchResults found = moment.isPresent()
                    ? search.similarToMoment(moment.get().video(), moment.get().seconds(), placed, limit)
                    : search.similarTo(image.toAbsolutePath().normalize(), placed, limit);
            SearchPrinter.print(found, false, results.json, out(), err());
            return FoveaCli.OK;
        }
    }
}
