package dev.fovea.indexer;

import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.CatalogCounts;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.catalog.PhotoStatus;
import dev.fovea.indexer.catalog.PhotoTable;
import dev.fovea.indexer.index.IndexCheck;
import dev.fovea.indexer.index.ModelIndex;
import dev.fovea.indexer.index.VectorStores;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Rebuilds what is derived from the catalog and the photos when it is damaged: a model's vector index from the
 * catalog's embeddings (nothing is embedded again), and thumbnails from the photos.
 */
final class LibraryRepair {
    private static final int PROGRESS_EVERY = 100;

    private final Catalog catalog;
    private final VectorStores stores;
    private final Path indexRoot;
    private final ThumbnailStore thumbnails;
    private final Consumer<String> progress;

    LibraryRepair(
            Catalog catalog,
            VectorStores stores,
            Path indexRoot,
            ThumbnailStore thumbnails,
            Consumer<String> progress) {
        this.catalog = catalog;
        this.stores = stores;
        this.indexRoot = indexRoot;
        this.thumbnails = thumbnails;
        this.progress = progress;
    }

    RepairReport run(PhotoDecoding decoder) {
        List<String> rebuilt = indexes();
        long[] made = thumbnails(decoder);
        return new RepairReport(rebuilt, made[0], made[1]);
    }

    /** Rebuilds each model index that does not open or does not match the catalog; returns their model ids. */
    private List<String> indexes() {
        List<String> rebuilt = new ArrayList<>();
        for (Map.Entry<String, Integer> model :
                catalog.read(CatalogCounts::vectorIndexes).entrySet()) {
            String modelId = model.getKey();
            if (healthy(modelId, model.getValue())) {
                progress.accept("index " + modelId + ": consistent");
                continue;
            }
            progress.accept("index " + modelId + ": rebuilding from the catalog's embeddings");
            deleteTree(indexRoot.resolve(modelId));
            try (ModelIndex index = ModelIndex.open(catalog, stores, indexRoot, modelId, model.getValue())) {
                index.reconcile();
                IndexCheck check = index.check();
                progress.accept("index " + modelId + ": rebuilt, " + check.indexedPhotos() + " photos");
            }
            rebuilt.add(modelId);
        }
        return rebuilt;
    }

    private boolean healthy(String modelId, int dimensions) {
        try (ModelIndex index = ModelIndex.openForCheck(catalog, stores, indexRoot, modelId, dimensions)) {
            return index.check().consistent();
        } catch (RuntimeException damaged) {
            return false;
        }
    }

    /** Makes the thumbnail of every indexed content whose thumbnail is missing or unreadable. */
    private long[] thumbnails(PhotoDecoding decoder) {
        Map<String, Path> contents = new LinkedHashMap<>();
        for (PhotoRow row : catalog.read(PhotoTable::all)) {
            if (row.status() == PhotoStatus.INDEXED && row.contentHash() != null) {
                contents.putIfAbsent(row.contentHash(), row.path());
            }
        }
        ThumbnailMaker maker = new ThumbnailMaker();
        long made = 0;
        long failed = 0;
        long checked = 0;
        for (Map.Entry<String, Path> content : contents.entrySet()) {
            if (++checked % PROGRESS_EVERY == 0) {
                progress.accept("thumbnails: " + checked + "/" + contents.size() + " checked, " + made + " made");
            }
            if (readable(thumbnails.find(content.getKey()).orElse(null))) {
                continue;
            }
            try {
                thumbnails.write(
                        content.getKey(),
                        maker.make(decoder.decode(content.getValue(), ThumbnailMaker.LONG_SIDE)
                                .image()));
                made++;
            } catch (RuntimeException e) {
                progress.accept("thumbnail of " + content.getValue() + " not made: " + e.getMessage());
                failed++;
            }
        }
        progress.accept("thumbnails: " + contents.size() + " checked, " + made + " made");
        return new long[] {made, failed};
    }

    private static boolean readable(Path thumbnail) {
        if (thumbnail == null) {
            return false;
        }
        try (InputStream input = Files.newInputStream(thumbnail)) {
            return ImageIO.read(input) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new FoveaException("Cannot remove the damaged index " + folder + ": " + e.getMessage(), e);
        }
    }
}
