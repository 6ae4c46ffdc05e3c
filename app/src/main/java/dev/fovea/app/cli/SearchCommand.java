package dev.fovea.app.cli;

import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.SearchRequest;
import dev.fovea.search.query.filter.SearchFilters;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Find photos from a description, with filters.",
            "The query understands beach +sunset -people, weights (sunset^2), img:PATH and photo:ID terms,",
            "\"quoted phrases\", and dates and known places among the words (\"beach July 2023\", \"snow in Lisbon\")."
        })
final class SearchCommand extends FoveaSubcommand {

    @Mixin
    ResultOptions results;

    @Option(names = "--all", description = "Also show results below the relevance cut.")
    boolean all;

    @Option(names = "--no-collapse", description = "Show near-identical photos one by one instead of as one result.")
    boolean noCollapse;

    @Option(names = "--like", split = ",", paramLabel = "ID", description = "More like these photos (ids from --json).")
    List<Long> like = new ArrayList<>();

    @Option(names = "--unlike", split = ",", paramLabel = "ID", description = "Less like these photos.")
    List<Long> unlike = new ArrayList<>();

    @Mixin
    SearchFilterOptions filters;

    @Parameters(
            arity = "1..*",
            paramLabel = "QUERY",
            description = "What to look for, e.g. \"kids on a beach at sunset\".")
    List<String> query;

    @Override
    public Integer call() {
        int limit = results.limit();
        SearchFilters read = filters.toFilters();
        try (OpenedSearch session = OpenedSearch.open(home(), modelDir())) {
            PhotoSearch search = session.search();
            SearchFilters chosen = filters.withAlbum(read, home(), session);
            SearchRequest request = SearchRequest.of(String.join(" ", query))
                    .withFilters(filters.withPlaces(chosen, session.places()))
                    .withFeedback(like, unlike)
                    .withLimit(limit)
                    .withBelowCut(true)
                    .withCollapsedDuplicates(!noCollapse);
            SearchPrinter.print(search.search(request), all, results.json, out(), err());
            return FoveaCli.OK;
        }
    }
}
