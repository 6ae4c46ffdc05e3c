package dev.fovea.app.cli;

import dev.fovea.app.FoveaHome;
import dev.fovea.search.FoveaException;
import dev.fovea.search.query.PhotoSearch;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the search commands open: the model (to embed query texts and outside images), that model's vector
 * index in the home (read-only, so searching works while another Fovea indexes) and the library's known
 * places. SEAM: the model comes from dev.fovea.search.encoder and the library (catalog, index folder per
 * model, folders as places) from dev.fovea.indexer.Library once both are in this build.
 */
final class SearchSession implements AutoCloseable {
    private final PhotoSearch search;

    private SearchSession(PhotoSearch search) {
        this.search = search;
    }

    static SearchSession open(FoveaHome home, Optional<Path> modelDir) {
        throw new FoveaException("Searching needs the model encoders and the library catalog, which this build does not have yet ("
                + home.root() + ").");
    }

    PhotoSearch search() {
        return search;
    }

    @Override
    public void close() {}
}
