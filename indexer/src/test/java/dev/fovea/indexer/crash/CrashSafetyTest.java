package dev.fovea.indexer.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.testing.ChildProcesses;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments, restart each time: the final catalog equals an uninterrupted run's, the vector
 * index agrees with it, and nothing whose embedding was already committed is ever encoded again.
 */
class CrashSafetyTest {
    private static final int KILLS = 6;
    private static final String COLUMNS =
            "path, size, mtime, content_hash, file_type, width, height, taken_at, taken_at_offset,"
                    + " camera_make, camera_model, lens, f_number, exposure_time, iso, focal_length, latitude, longitude, orientation,"
                    + " status, skip_reason, model_id";

    @TempDir
    Path temp;

    @Test
    void killedAtRandomMomentsItEndsWhereAnUninterruptedRunEnds() throws Exception {
        Path photos = library(temp.resolve("photos"));
        Path crashedHome = temp.resolve("crashed");
        Path log = temp.resolve("encodings.log");
        Random random = new Random(20261127);

        List<Set<String>> committedBeforeRun = new ArrayList<>();
        int kills = 0;
        for (int run = 0; run < KILLS; run++) {
            committedBeforeRun.add(committedContents(crashedHome));
            Process child = child(crashedHome, photos, log, run);
            // Kill points follow the child's progress, not the clock, so a fast machine is hit mid-run as
            // surely as a slow one; the random pause after the k-th encoding lands the kill anywhere between
            // encoding, committing and writing the index.
            boolean exited = awaitEncodings(child, log, run, 1 + random.nextInt(12))
                    || child.waitFor(random.nextInt(60), TimeUnit.MILLISECONDS);
            if (!exited) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                kills++;
            } else {
                assertThat(child.exitValue())
                        .as(
                                "run %d ended by itself; its exit code%s",
                                run, ChildProcesses.outputOf(childOutput(crashedHome)))
                        .isZero();
            }
        }
        committedBeforeRun.add(committedContents(crashedHome));
        Process last = child(crashedHome, photos, log, KILLS);
        assertThat(last.waitFor(120, TimeUnit.SECONDS))
                .as("the final run finishes%s", ChildProcesses.outputOf(childOutput(crashedHome)))
                .isTrue();
        assertThat(last.exitValue())
                .as("the final run's exit code%s", ChildProcesses.outputOf(childOutput(crashedHome)))
                .isZero();

        Path cleanHome = temp.resolve("clean");
        try (Library library = Library.open(cleanHome, new FileVectorStores())) {
            library.addRoot(photos);
            library.startIndexing(new ColourEncoder(), new ImageIoDecoding(), IndexingOptions.defaults(), null)
                    .await();
        }

        try (Library library = Library.open(crashedHome, new FileVectorStores())) {
            assertThat(library.verify().consistent())
                    .as("verify after the restarts")
                    .isTrue();
            assertThat(library.status().pending()).isZero();
        }
        assertThat(rows(crashedHome, "SELECT " + COLUMNS + " FROM photos ORDER BY path"))
                .isEqualTo(rows(cleanHome, "SELECT " + COLUMNS + " FROM photos ORDER BY path"));
        assertThat(rows(crashedHome, "SELECT content_hash, model_id, hex(vector) FROM embeddings ORDER BY 1"))
                .isEqualTo(rows(cleanHome, "SELECT content_hash, model_id, hex(vector) FROM embeddings ORDER BY 1"));
        assertThat(documents(crashedHome)).isEqualTo(documents(cleanHome));

        // Nothing already committed was encoded again; each encoding of a run is of content not yet in the catalog.
        Map<String, String> contentOfInput = inputKeys(photos, cleanHome);
        List<String[]> encodings =
                Files.readAllLines(log).stream().map(line -> line.split(" ")).toList();
        for (String[] encoding : encodings) {
            int run = Integer.parseInt(encoding[0]);
            String content = contentOfInput.get(encoding[1]);
            assertThat(content)
                    .as("an encoded input belongs to a library photo")
                    .isNotNull();
            assertThat(committedBeforeRun.get(run))
                    .as("run " + run + " encoded committed content " + content)
                    .doesNotContain(content);
        }
        long distinct = contentOfInput.size();
        System.out.printf(
                "crash test: %d kills, %d encodings for %d distinct contents (%d redone: in flight at a kill)%n",
                kills, encodings.size(), distinct, encodings.size() - distinct);
        assertThat(kills).as("the test really killed runs").isGreaterThanOrEqualTo(3);
        assertThat(encodings.stream()
                        .map(e -> contentOfInput.get(e[1]))
                        .distinct()
                        .count())
                .isEqualTo(distinct);
    }

    /** Waits until run {@code run} has logged {@code count} encodings; true when the child exited first. */
    private static boolean awaitEncodings(Process child, Path log, int run, int count) throws Exception {
        String prefix = run + " ";
        return ChildProcesses.awaitOrDeath(
                child,
                () -> Files.exists(log)
                        && Files.readAllLines(log).stream()
                                        .filter(line -> line.startsWith(prefix))
                                        .count()
                                >= count);
    }

    private static Path library(Path photos) throws Exception {
        for (int i = 0; i < 90; i++) {
            TestPhotos.jpeg(photos.resolve("album" + (i % 4) + "/p" + i + ".jpg"), 640, 480, i);
        }
        Files.createDirectories(photos.resolve("copies"));
        for (int i = 0; i < 5; i++) {
            Files.copy(photos.resolve("album0/p" + (4 * i) + ".jpg"), photos.resolve("copies/c" + i + ".jpg"));
        }
        Files.createDirectories(photos.resolve("bad"));
        Files.write(photos.resolve("bad/broken.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1, 2});
        Files.write(photos.resolve("bad/empty.jpg"), new byte[0]);
        return photos;
    }

    private static Process child(Path home, Path photos, Path log, int run) throws Exception {
        return IndexingChild.start(home, photos, log, childOutput(home), run);
    }

    private static Path childOutput(Path home) {
        return home.resolveSibling("child-" + home.getFileName() + ".out");
    }

    private static Set<String> committedContents(Path home) throws Exception {
        Set<String> hashes = new HashSet<>();
        if (!Files.exists(home.resolve("catalog.db"))) {
            return hashes;
        }
        for (List<String> row : rows(home, "SELECT content_hash FROM embeddings")) {
            hashes.add(row.getFirst());
        }
        return hashes;
    }

    private static List<List<String>> rows(Path home, String sql) {
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            return catalog.read(connection -> {
                List<List<String>> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery(sql)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        List<String> row = new ArrayList<>();
                        for (int c = 1; c <= columns; c++) {
                            row.add(result.getString(c));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            });
        }
    }

    /** The index documents by photo path (photo ids may differ between the two homes). */
    private static Set<String> documents(Path home) {
        return new HashSet<>(
                FileVectorStores.committed(home.resolve("index/colour-test")).values());
    }

    /** Which content each model input came from, computed the way the pipeline computes the input. */
    private static Map<String, String> inputKeys(Path photos, Path home) throws Exception {
        Map<String, String> contentOfInput = new HashMap<>();
        ColourEncoder model = new ColourEncoder();
        ImageIoDecoding decoder = new ImageIoDecoding();
        for (List<String> row : rows(home, "SELECT path, content_hash FROM photos WHERE status = 'indexed'")) {
            float[] tensor = new float[model.tensorLength()];
            model.preprocess(
                    decoder.decode(Path.of(row.get(0)), model.inputSize()).image(), tensor, 0);
            contentOfInput.put(LoggingEncoder.inputKey(tensor, 0, tensor.length), row.get(1));
        }
        return contentOfInput;
    }
}
