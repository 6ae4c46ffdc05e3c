package dev.fovea.indexer.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingRun;
import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.indexer.testing.CatalogSnapshot;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FaultReport;
import dev.fovea.indexer.testing.ForwardingEncoder;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One library put through faults in a seeded random order, new photos arriving between them: the model failing
 * mid-run, a broken model output, a full disk, the index's files deleted or overwritten, a run cancelled
 * midway. After each fault the run has ended (no hang) with a clear message, nothing committed before it is
 * lost, and the next ordinary run (with {@code verify --repair} first when the index's files were damaged) brings
 * the library to a clean verify with every photo indexed. kill -9 is {@code CrashSafetyTest}'s; a hostile
 * download server is {@code HostileHubTest}'s. The counts go to {@code target/fault-injection.txt}, which CI
 * prints.
 */
class FaultInjectionTest {
    private static final int FAULTS = 15;
    private static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    enum Fault {
        MODEL_FAILS,
        BROKEN_OUTPUT,
        DISK_FULL,
        INDEX_FILES_DELETED,
        INDEX_FILES_OVERWRITTEN,
        CANCELLED
    }

    @TempDir
    Path temp;

    private int nextPhoto;

    @Test
    void everyFaultEndsCleanlyLosesNothingAndTheNextRunRecovers() throws Exception {
        Path photos = temp.resolve("photos");
        Path home = temp.resolve("home");
        Random random = new Random(20261206);
        addPhotos(photos, 8);
        try (Library library = Library.open(home)) {
            library.addRoot(photos);
            assertThat(run(library, new ColourEncoder())).isNull();
        }

        int recovered = 0;
        long rowsLost = 0;
        StringBuilder log = new StringBuilder();
        // Every kind twice, then a few more, in a seeded random order.
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < FAULTS; i++) {
            faults.add(
                    Fault.values()[
                            i < 2 * Fault.values().length
                                    ? i % Fault.values().length
                                    : random.nextInt(Fault.values().length)]);
        }
        Collections.shuffle(faults, random);
        for (Fault fault : faults) {
            // Enough new photos under a full disk that their rows cannot all fit in the free room of existing pages.
            addPhotos(photos, fault == Fault.DISK_FULL ? 40 : 3);
            Set<String> committed = CatalogSnapshot.indexedRows(home);

            String message = inject(fault, home, random);
            Set<String> afterFault = CatalogSnapshot.indexedRows(home);
            rowsLost += CatalogSnapshot.lost(committed, afterFault);
            log.append(String.format(Locale.ROOT, "  %-24s %s%n", fault, message));

            try (Library library = Library.open(home)) {
                if (fault == Fault.DISK_FULL) {
                    emptyTheDisk(library);
                }
                if (fault == Fault.INDEX_FILES_DELETED || fault == Fault.INDEX_FILES_OVERWRITTEN) {
                    library.repair(new ImageIoDecoding(), progress -> {});
                }
                assertThat(run(library, new ColourEncoder()))
                        .as("the run after " + fault)
                        .isNull();
                assertThat(library.verify().consistent())
                        .as("verify after " + fault)
                        .isTrue();
                assertThat(library.counts().pending())
                        .as("pending after " + fault)
                        .isZero();
                assertThat(library.counts().indexed())
                        .as("indexed after " + fault)
                        .isEqualTo(nextPhoto);
                recovered++;
            }
        }

        FaultReport.publish(
                "fault-injection.txt",
                FaultReport.counts("fault injection", FAULTS, recovered, rowsLost) + System.lineSeparator() + log);
        assertThat(rowsLost).isZero();
        assertThat(recovered).isEqualTo(FAULTS);
    }

    /** Injects the fault and returns what the failed run said (or what was done to the files). */
    private String inject(Fault fault, Path home, Random random) throws Exception {
        switch (fault) {
            case INDEX_FILES_DELETED, INDEX_FILES_OVERWRITTEN -> {
                return damageIndex(home, fault == Fault.INDEX_FILES_DELETED, random);
            }
            default -> {}
        }
        try (Library library = Library.open(home)) {
            String failure = switch (fault) {
                case MODEL_FAILS -> run(library, new FailingEncoder(0, 0f, true));
                case BROKEN_OUTPUT ->
                    run(library, new FailingEncoder(random.nextInt(3), random.nextBoolean() ? 0f : Float.NaN, false));
                case DISK_FULL -> {
                    fillTheDisk(library);
                    yield run(library, new ColourEncoder());
                }
                case CANCELLED -> {
                    IndexingRun run = library.startIndexing(
                            new ColourEncoder(), new ImageIoDecoding(), IndexingOptions.defaults(), null);
                    run.cancel();
                    assertThat(run.await(RUN_LIMIT))
                            .as("the cancelled run ends")
                            .isNotNull();
                    yield "cancelled";
                }
                default -> throw new IllegalStateException(fault.name());
            };
            assertThat(failure).as(fault + " ends with a message").isNotBlank();
            if (fault != Fault.CANCELLED) {
                assertThat(failure)
                        .as(fault + "'s message")
                        .doesNotContain("Exception")
                        .doesNotContain("\tat ");
            }
            return failure;
        }
    }

    /** The run's end: null when it succeeded, else the message it failed with. Fails the test if it hangs. */
    private static String run(Library library, PhotoEncoder encoder) throws InterruptedException {
        IndexingRun run = library.startIndexing(encoder, new ImageIoDecoding(), IndexingOptions.defaults(), null);
        try {
            assertThat(run.await(RUN_LIMIT))
                    .as("the run ends within " + RUN_LIMIT)
                    .isNotNull();
            return null;
        } catch (FoveaException e) {
            return e.getMessage();
        }
    }

    /**
     * A page limit on the writer's connection makes SQLite fail with SQLITE_FULL exactly as a full disk does;
     * filler rows then take the free space left inside the file, so the run's next write needs a page it cannot
     * have. The filler goes with the limit once the run has failed.
     */
    private static void fillTheDisk(Library library) {
        library.catalog().write(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet pages = statement.executeQuery("PRAGMA page_count")) {
                int count = pages.getInt(1);
                statement.execute("CREATE TABLE IF NOT EXISTS fault_filler(bytes BLOB)");
                statement.execute("PRAGMA max_page_count = " + (count + 1));
            }
            return null;
        });
        try {
            while (true) {
                library.catalog().write(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("INSERT INTO fault_filler VALUES (zeroblob(2000))");
                    }
                    return null;
                });
            }
        } catch (FoveaException full) {
            assertThat(full).hasMessageContaining("is full");
        }
    }

    private static void emptyTheDisk(Library library) {
        library.catalog().write(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS fault_filler");
            }
            return null;
        });
    }

    private static String damageIndex(Path home, boolean delete, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(home.resolve("index"))) {
            files = all.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("write.lock"))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
        Path victim = files.get(random.nextInt(files.size()));
        if (delete) {
            Files.delete(victim);
            return "deleted " + home.relativize(victim);
        }
        byte[] bytes = Files.readAllBytes(victim);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] ^= (byte) 0x5A;
        }
        Files.write(victim, bytes);
        return "overwrote " + home.relativize(victim);
    }

    private void addPhotos(Path photos, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            TestPhotos.jpeg(photos.resolve("p" + nextPhoto + ".jpg"), 96, 72, nextPhoto);
            nextPhoto++;
        }
    }

    /** The colour model failing: it throws, or the {@code failAt}-th output of a batch is all {@code value}. */
    private static final class FailingEncoder extends ForwardingEncoder {
        private final int failAt;
        private final float value;
        private final boolean throwing;

        FailingEncoder(int failAt, float value, boolean throwing) {
            super(new ColourEncoder());
            this.failAt = failAt;
            this.value = value;
            this.throwing = throwing;
        }

        @Override
        public float[][] encode(float[] batch, int count) {
            if (throwing) {
                throw new FoveaException("the model stopped: injected failure");
            }
            float[][] vectors = super.encode(batch, count);
            java.util.Arrays.fill(vectors[Math.min(failAt, count - 1)], value);
            return vectors;
        }
    }
}
