package dev.fovea.app.setup;

import dev.fovea.indexer.FoveaHome;
import dev.fovea.search.FoveaException;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.QueryEncoder;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.place.KnownPlaces;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** How `fovea search`, `fovea similar` and the desktop app search a library, so they read queries alike. */
public final class SearchSetup {
    private SearchSetup() {}

    /** Dates in queries are read in this computer's calendar; places are the library's own. */
    public static QueryParser parser(KnownPlaces places) {
        return new QueryParser(places, Clock.system(ZoneId.systemDefault()), ZoneId.systemDefault());
    }

    public static PhotoSearch photoSearch(VectorIndex index, QueryEncoder model, KnownPlaces places) {
        return new PhotoSearch(index, model, parser(places));
    }

    /**
     * The model to embed queries with: the one the library's embeddings come from ({@code serving}), from
     * {@code --model-dir} when given (it must be that model), else from the home's model store.
     */
    public static ModelDirectory servingModel(FoveaHome home, Optional<Path> modelDir, String serving) {
        if (modelDir.isPresent()) {
            ModelDirectory given = ModelDirectory.open(modelDir.get());
            if (!given.manifest().id().equals(serving)) {
                throw new FoveaException("The library was indexed with the model " + serving + ", but " + modelDir.get()
                        + " holds " + given.manifest().id()
                        + "; searching needs the same model. Leave out --model-dir, or index with that model.");
            }
            return given;
        }
        return ModelResolver.store(home)
                .find(serving)
                .orElseThrow(() -> new FoveaException("The library was indexed with the model "
                        + serving + ", which is not installed in " + home.models()
                        + ". Install it (fovea model download or"
                        + " fovea model import), or pass its folder with --model-dir."));
    }
}
