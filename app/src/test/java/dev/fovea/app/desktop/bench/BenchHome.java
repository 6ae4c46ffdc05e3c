package dev.fovea.app.desktop.bench;

import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.app.setup.IndexingSeams;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.EmbeddingTable;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.catalog.PhotoStatus;
import dev.fovea.indexer.catalog.PhotoTable;
import dev.fovea.indexer.catalog.PhotoWrite;
import dev.fovea.indexer.catalog.SettingsTable;
import dev.fovea.indexer.index.LuceneVectorStores;
import dev.fovea.indexer.index.ModelIndex;
import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.metadata.TakenAt;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A real Fovea home of many photos for the UI benchmark, made through the indexer's own APIs and kept in a
 * work folder for later runs. Decoding 100,000 pictures would take hours here, so only a pool of 64 generated
 * colour photos is indexed for real (decoded, embedded by the fixture model, thumbnailed); the other photos
 * are catalogue rows with realistic metadata, the embedding of a pool photo plus noise, and that photo's
 * thumbnail linked under their own content hash. The vector index is then built from the catalogue as the
 * indexer reconciles it, and merged as after a bulk load. Their folder holds no files: the app sees it as an
 * unplugged drive and keeps its photos.
 */
final class BenchHome {
    private static final String COMPLETE = "bench-home-complete";
    private static final int POOL_VARIANTS = 8;
    private static final List<String> PLACES =
            List.of("Lisbon", "Alps", "Garden", "Family", "Beach", "Porto", "Snow", "Birthday");
    private static final String[][] CAMERAS = {
        {"Apple", "iPhone 13"}, {"Google", "Pixel 7"}, {"FUJIFILM", "X-T30"}, {"SONY", "ILCE-7M3"}
    };

    private BenchHome() {}

    /** The home of a library of {@code photos} photos under {@code work}, built when absent. */
    static FoveaHome prepare(Path work, int photos, Consumer<String> progress) throws Exception {
        Path dir = work.resolve("bench-home-" + photos);
        FoveaHome home = new FoveaHome(dir.resolve("home"));
        if (Files.exists(dir.resolve(COMPLETE))) {
            return home;
        }
        delete(dir);
        long start = System.nanoTime();
        Path pool = dir.resolve("photos/pool");
        Path offline = Files.createDirectories(dir.resolve("photos/archive"));
        List<String> colours = List.copyOf(new java.util.TreeSet<>(ColourPhotos.COLOURS.keySet()));
        for (String colour : colours) {
            for (int variant = 0; variant < POOL_VARIANTS; variant++) {
                Path file = Files.createDirectories(pool).resolve(colour + "-" + variant + ".jpg");
                ImageIO.write(
                        ColourPhotos.picture(colour, variant, 31L * variant + colour.hashCode()), "jpg", file.toFile());
            }
        }
        ModelDirectory model = ModelResolver.store(home).importFrom(TestData.fixtureModel());
        try (Library library = Library.open(home.root());
                EmbeddingModel embedding = EmbeddingModel.open(model)) {
            library.addRoot(pool);
            IndexingSeams seams = IndexingSeams.over(embedding);
            library.startIndexing(seams.encoder(), seams.decoder(), IndexingOptions.defaults(), null)
                    .await();
            List<PhotoRow> poolRows = library.catalog().read(PhotoTable::all);
            progress.accept("Indexed the pool of " + poolRows.size() + " photos; cataloguing "
                    + (photos - poolRows.size()) + " more");
            List<float[]> poolVectors = new ArrayList<>();
            for (PhotoRow row : poolRows) {
                poolVectors.add(library.catalog()
                        .read(connection -> EmbeddingTable.get(connection, row.contentHash(), model.id()))
                        .orElseThrow());
            }
            LibraryRoot archive = library.addRoot(offline);
            catalogue(library, archive, poolRows, poolVectors, photos - poolRows.size(), model.id());
            progress.accept("Catalogued; building the vector index from the catalogue");
            ModelIndex index = library.index(model.id(), embedding.dimensions());
            // The index is open since the pool's run, so it is not reconciled again on its own: rows written
            // straight to the catalogue are in no journal, and only the comparison with the catalogue adds them.
            index.reconcile();
            LuceneVectorStores.vectorIndex(index.store()).forceMerge();
        }
        Files.writeString(
                dir.resolve(COMPLETE),
                String.format(Locale.ROOT, "built in %.0f s%n", (System.nanoTime() - start) / 1e9));
        progress.accept(String.format(Locale.ROOT, "Built %s in %.0f s", dir, (System.nanoTime() - start) / 1e9));
        return home;
    }

    /**
     * Rows for the synthetic photos, in transactions of 5,000: ten years of dates (one in twelve unknown), four cameras,
     * a third with a location, folders by year and month named after places, and every 37th photo the first of a burst of
     * three near-identical ones.
     */
    private static void catalogue(
            Library library,
            LibraryRoot root,
            List<PhotoRow> pool,
            List<float[]> poolVectors,
            int count,
            String modelId)
            throws Exception {
        Random random = new Random(7);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        LocalDateTime first = LocalDateTime.of(2015, 1, 1, 8, 0);
        int batch = 5_000;
        for (int from = 0; from < count; from += batch) {
            int to = Math.min(count, from + batch);
            int offset = from;
            List<String[]> links = new ArrayList<>();
            library.catalog().write(connection -> {
                long now = System.currentTimeMillis();
                int base = 0;
                float[] burst = null;
                LocalDateTime burstTime = null;
                for (int i = offset; i < to; i++) {
                    boolean follower = i % 37 == 1 || i % 37 == 2;
                    if (!follower || burst == null) {
                        base = random.nextInt(pool.size());
                        burst = noisy(poolVectors.get(base), random, 0.15f);
                        burstTime = i % 12 == 5 ? null : first.plusMinutes(random.nextLong(10L * 365 * 24 * 60));
                    }
                    float[] vector = follower ? noisy(burst, random, 0.01f) : burst;
                    LocalDateTime taken = burstTime == null ? null : burstTime.plusSeconds(follower ? i % 37 : 0);
                    String[] camera = CAMERAS[random.nextInt(CAMERAS.length)];
                    boolean located = random.nextInt(3) == 0;
                    String type = i % 10 == 0 ? "heif" : "jpeg";
                    String folder = taken == null
                            ? "Unsorted"
                            : String.format(
                                    Locale.ROOT,
                                    "%d/%d-%02d %s",
                                    taken.getYear(),
                                    taken.getYear(),
                                    taken.getMonthValue(),
                                    PLACES.get(random.nextInt(PLACES.size())));
                    Path path = root.path()
                            .resolve(folder)
                            .resolve(
                                    String.format(Locale.ROOT, "IMG_%06d.%s", i, type.equals("heif") ? "heic" : "jpg"));
                    String hash = hash(sha256, "bench-photo-" + i);
                    PhotoMetadata metadata = new PhotoMetadata(
                            type,
                            4032,
                            3024,
                            taken == null ? null : new TakenAt(taken, null),
                            camera[0],
                            camera[1],
                            null,
                            1.8,
                            1.0 / 250,
                            100,
                            4.2,
                            located ? 38.7 + random.nextDouble() : null,
                            located ? -9.1 + random.nextDouble() : null,
                            1);
                    PhotoTable.write(
                            connection,
                            new PhotoWrite(
                                    root.id(),
                                    path,
                                    2_500_000 + random.nextInt(2_000_000),
                                    now,
                                    hash,
                                    metadata,
                                    PhotoStatus.INDEXED,
                                    null,
                                    null,
                                    modelId),
                            now);
                    EmbeddingTable.put(connection, hash, modelId, vector, false, now);
                    links.add(new String[] {hash, pool.get(base).contentHash()});
                }
                SettingsTable.put(connection, SettingsTable.INDEXING_MODEL, modelId);
                SettingsTable.put(connection, SettingsTable.SERVING_MODEL, modelId);
                return null;
            });
            for (String[] link : links) {
                Path target = library.thumbnails().pathFor(link[0]);
                Files.createDirectories(target.getParent());
                try {
                    Files.createLink(target, library.thumbnails().pathFor(link[1]));
                } catch (FileAlreadyExistsException ignored) {
                    // built by an earlier, interrupted attempt
                }
            }
        }
    }

    private static float[] noisy(float[] vector, Random random, float sigma) {
        float[] out = new float[vector.length];
        double norm = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = vector[i] + (float) random.nextGaussian() * sigma;
            norm += out[i] * out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= (float) Math.sqrt(norm);
        }
        return out;
    }

    private static String hash(MessageDigest sha256, String text) {
        return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> old = Files.walk(dir)) {
            for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
