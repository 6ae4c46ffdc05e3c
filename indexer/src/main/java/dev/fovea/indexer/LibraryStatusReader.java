package dev.fovea.indexer;

import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.CatalogCounts;
import dev.fovea.indexer.catalog.DecodeWarningTable;
import dev.fovea.indexer.catalog.RootTable;
import dev.fovea.indexer.catalog.SettingsTable;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a library's {@link LibraryStatus}: counts from the catalog, sizes from the home's folders. */
final class LibraryStatusReader {
    private final Catalog catalog;
    private final FoveaHome home;
    private final ThumbnailStore thumbnails;

    LibraryStatusReader(Catalog catalog, FoveaHome home, ThumbnailStore thumbnails) {
        this.catalog = catalog;
        this.home = home;
        this.thumbnails = thumbnails;
    }

    /** Counts and sizes; sizing walks the thumbnails and indexes, so a UI that refreshes often asks {@link #counts()}. */
    LibraryStatus status() {
        LibraryStatus counts = counts();
        Map<String, Long> indexBytes = new TreeMap<>();
        for (String model : catalog.read(CatalogCounts::vectorIndexes).keySet()) {
            indexBytes.put(model, bytes(home.indexRoot().resolve(model)));
        }
        long catalogBytes = bytes(home.catalog())
                + bytes(Path.of(home.catalog() + "-wal"))
                + bytes(Path.of(home.catalog() + "-shm"));
        return new LibraryStatus(
                counts.filesSeen(),
                counts.indexed(),
                counts.indexedExact(),
                counts.pending(),
                counts.skipped(),
                counts.decodedWithWarnings(),
                counts.indexingModel(),
                counts.servingModel(),
                counts.roots(),
                catalogBytes,
                indexBytes,
                thumbnails.sizeBytes());
    }

    /** The counts of {@link #status()} without the sizes (which are 0): cheap enough to ask every second or two. */
    LibraryStatus counts() {
        CatalogCounts.Counts counts = catalog.read(CatalogCounts::counts);
        CatalogCounts.RootCounts none = new CatalogCounts.RootCounts(0, 0, 0, 0);
        List<LibraryStatus.RootStatus> roots = catalog.read(RootTable::scanStates).stream()
                .map(state -> {
                    CatalogCounts.RootCounts root =
                            counts.perRoot().getOrDefault(state.root().id(), none);
                    return new LibraryStatus.RootStatus(
                            state.root().path().toString(),
                            Files.isDirectory(state.root().path()),
                            root.photos(),
                            root.indexed(),
                            root.pending(),
                            root.skipped(),
                            state.lastScan(),
                            state.lastScanMillis(),
                            state.ignoredFiles(),
                            state.problems());
                })
                .toList();
        return new LibraryStatus(
                counts.files(),
                counts.indexed(),
                counts.indexedExact(),
                counts.pending(),
                counts.skipped(),
                catalog.read(DecodeWarningTable::count),
                catalog.read(connection -> SettingsTable.get(connection, SettingsTable.INDEXING_MODEL))
                        .orElse(null),
                catalog.read(connection -> SettingsTable.get(connection, SettingsTable.SERVING_MODEL))
                        .orElse(null),
                roots,
                0,
                Map.of(),
                0);
    }

    private static long bytes(Path path) {
        if (Files.isRegularFile(path)) {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return 0;
            }
        }
        if (!Files.isDirectory(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
