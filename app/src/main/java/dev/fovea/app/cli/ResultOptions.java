package dev.fovea.app.cli;

import dev.fovea.search.query.SearchRequest;
import picocli.CommandLine.Option;

/** How many results {@code fovea search} and {@code fovea similar} print, and in which form. */
final class ResultOptions {
    @Option(names = "--json", description = "Print a JSON array of results with scores and metadata.")
    boolean json;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    int limit() {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new UsageException("--limit must be between 1 and " + SearchRequest.MAX_LIMIT + ".");
        }
        return limit;
    }
}
