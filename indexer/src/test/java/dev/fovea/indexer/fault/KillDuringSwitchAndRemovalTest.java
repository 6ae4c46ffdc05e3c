package dev.fovea.indexer.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.SearchIndex;
import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.CatalogDocuments;
import dev.fovea.indexer.catalog.PhotoTable;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.indexer.testing.CatalogSnapshot;
import dev.fovea.indexer.testing.ChildProcesses;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FaultReport;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at seeded random points of a model switch (re-embedding the library with another model) and of a folder
 * removal, with a reader searching the library and reading its status the whole time. The reader never sees a
 * broken library (every read succeeds, every photo committed before the fault stays searchable, nothing unknown
 * appears); after each kill a new reader sees exactly what the catalog holds; nothing committed is lost (a removal
 * is all or nothing); and the next run completes with a clean verify. The seed is {@code fovea.fault.seed}
 * (printed); the counts are appended to {@code target/fault-injection.txt}, which CI prints.
 */
class KillDuringSwitchAndRemovalTest {
    private static final long SEED = Long.getLong("fovea.fault.seed", 20261206L);
    private static final int SWITCH_KILLS = 5;
    private static final int REMOVAL_KILLS = 6;
    private static final String FIRST_MODEL = new ColourEncoder().modelId();
    private static final String SECOND_MODEL = "colour-second";

    @TempDir
    Path temp;

    private final Random random = new Random(SEED);
    private int faults;
    private int recovered;
    private long rowsLost;
    private static final AtomicInteger readsDone = new AtomicInteger();

    @Test
    void killedDuringAModelSwitchOrAFolderRemovalTheLibraryStaysWholeAndReadable() throws Exception {
        Path photos = temp.resolve("photos");
        for (int i = 0; i < 100; i++) {
            TestPhotos.jpeg(photos.resolve((i < 40 ? "kept" : "removed") + "/p" + i + ".jpg"), 320, 240, i);
        }
        Path template = temp.resolve("template");
        try (Library library = Library.open(template)) {
            library.addRoot(photos.resolve("kept"));
            library.addRoot(photos.resolve("removed"));
            library.startIndexing(new ColourEncoder(), new ImageIoDecoding(), IndexingOptions.defaults(), null)
                    .await();
        }
        StringBuilder log = new StringBuilder();
        String switchOutcome = modelSwitch(template, log);
        String removalOutcome = folderRemoval(template, photos.resolve("removed"), log);

        String what = String.format(Locale.ROOT, "kill -9 during model switch and folder removal (seed %d)", SEED);
        FaultReport.publish(
                "fault-injection-kill.txt",
                String.format(
                        Locale.ROOT,
                        "%s, %d reads by the reader during the faults, none broken%n  %s%n  %s%n%s",
                        FaultReport.counts(what, faults, recovered, rowsLost),
                        readsDone.get(),
                        switchOutcome,
                        removalOutcome,
                        log));
        assertThat(rowsLost).isZero();
        assertThat(recovered).isEqualTo(faults);
        assertThat(faults).as("the test really killed runs").isGreaterThanOrEqualTo(8);
    }

    /** Re-embeds the library with a second model, killed at random points until a run is let finish. */
    private String modelSwitch(Path template, StringBuilder log) throws Exception {
        Path home = copy(template, temp.resolve("switch"));
        Path progress = temp.resolve("switch-progress.log");
        int kills = 0;
        for (int run = 0; run < SWITCH_KILLS; run++) {
            Set<String> committed = CatalogSnapshot.rows(home);
            Set<Long> searchable = documents(home, FIRST_MODEL);
            Files.deleteIfExists(progress);
            Process child = child("switch", home, SECOND_MODEL, progress);
            // Half the kills fall while the first photos are encoded (before the run commits anything), half after
            // the catalog holds a random number of the new model's embeddings, somewhere between the writer's
            // commits and the vector indexes' syncs and commits.
            int batches = 1 + random.nextInt(8);
            int committedTarget = random.nextBoolean() ? 0 : 1 + random.nextInt(30);
            int pause = random.nextInt(100);
            // The reader starts once the child holds the writer's role: a reader that finds the index behind and
            // no writer takes the role briefly to catch up, and a run starting meanwhile would be refused.
            boolean killed = false;
            if (!awaitLines(child, progress, 1)) {
                try (Reader reader = new Reader(home, searchable, searchable)) {
                    boolean exited = (committedTarget == 0
                                    ? awaitLines(child, progress, batches)
                                    : awaitEmbeddings(child, home, embeddedBy(home, SECOND_MODEL) + committedTarget))
                            || child.waitFor(pause, TimeUnit.MILLISECONDS);
                    killed = !exited && kill(child);
                    reader.assertNeverBroken();
                }
            }
            if (!killed) {
                log.append("  model switch run ").append(run).append(" finished before its kill\n");
                continue;
            }
            kills++;
            faults++;
            long lost = CatalogSnapshot.lost(committed, CatalogSnapshot.rows(home));
            rowsLost += lost;
            assertReaderSeesTheCatalog(home);
            recovered++;
            log.append(String.format(
                    Locale.ROOT,
                    "  model switch killed after %d encoded batches (%s): %d of %d photos re-embedded, %d rows lost%n",
                    lineCount(progress),
                    committedTarget == 0
                            ? "while encoding the first"
                            : "after committing " + committedTarget + " or more",
                    embeddedBy(home, SECOND_MODEL),
                    committedPhotos(home),
                    lost));
        }
        Process last = child("switch", home, SECOND_MODEL, progress);
        assertThat(last.waitFor(120, TimeUnit.SECONDS))
                .as("the last run finishes%s", ChildProcesses.outputOf(childOutput(home)))
                .isTrue();
        assertThat(last.exitValue())
                .as("the last run's exit code%s", ChildProcesses.outputOf(childOutput(home)))
                .isZero();
        try (Library library = Library.open(home)) {
            assertThat(library.verify().consistent())
                    .as("verify after the switch")
                    .isTrue();
            assertThat(library.counts().pending()).isZero();
            assertThat(library.counts().indexed()).isEqualTo(100);
            assertThat(library.servingModel()).contains(SECOND_MODEL);
            try (SearchIndex search = library.searchIndex().orElseThrow()) {
                assertThat(search.modelId()).isEqualTo(SECOND_MODEL);
                assertThat(search.index().size()).isEqualTo(100);
            }
        }
        return "model switch: " + kills + " kills, then the switch completed: searches use " + SECOND_MODEL
                + " with all 100 photos, verify clean";
    }

    /** Removes a folder of 60 photos from copies of the library, killed at a random moment of each removal. */
    private String folderRemoval(Path template, Path removedFolder, StringBuilder log) throws Exception {
        int committedRemovals = 0;
        int kills = 0;
        for (int trial = 0; trial < REMOVAL_KILLS; trial++) {
            Path home = copy(template, temp.resolve("removal-" + trial));
            Path progress = temp.resolve("removal-" + trial + ".log");
            Set<String> committed = CatalogSnapshot.rows(home);
            Set<Long> all = documents(home, FIRST_MODEL);
            Set<Long> kept = idsOutside(home, removedFolder);
            Process child = child("remove", home, removedFolder.toString(), progress);
            int pause = random.nextInt(40);
            boolean killed = false;
            if (!awaitLines(child, progress, 1)) {
                try (Reader reader = new Reader(home, kept, all)) {
                    Thread.sleep(pause);
                    killed = kill(child);
                    reader.assertNeverBroken();
                }
            }
            child.waitFor(60, TimeUnit.SECONDS);
            Set<String> after = CatalogSnapshot.rows(home);
            boolean removed = !rootPaths(home).contains(removedFolder);
            Set<String> expected = removed ? rowsOutside(committed, removedFolder) : committed;
            long lost = CatalogSnapshot.lost(expected, after);
            assertThat(after).as("a removal is all or nothing").isEqualTo(expected);
            rowsLost += lost;
            if (killed) {
                kills++;
                faults++;
            }
            committedRemovals += removed ? 1 : 0;
            assertReaderSeesTheCatalog(home);
            try (Library library = Library.open(home)) {
                if (!removed) {
                    library.removeRoot(removedFolder); // the user removes it again
                }
                library.startIndexing(new ColourEncoder(), new ImageIoDecoding(), IndexingOptions.defaults(), null)
                        .await();
                assertThat(library.verify().consistent())
                        .as("verify after removal " + trial)
                        .isTrue();
                assertThat(library.counts().indexed()).isEqualTo(40);
                try (SearchIndex search = library.searchIndex().orElseThrow()) {
                    assertThat(search.index().size()).isEqualTo(40);
                }
            }
            if (killed) {
                recovered++;
            }
            log.append(String.format(
                    Locale.ROOT,
                    "  folder removal %s: removal %s, %d rows lost%n",
                    killed ? "killed" : "finished before its kill",
                    removed ? "committed" : "not committed",
                    lost));
        }
        return "folder removal: " + kills + " kills, " + committedRemovals + " of " + REMOVAL_KILLS
                + " removals had committed when the process died";
    }

    /** A reader right after the kill (no writer left) searches exactly the photos the catalog has for its model. */
    private static void assertReaderSeesTheCatalog(Path home) {
        try (Library library = Library.open(home)) {
            String serving = library.servingModel().orElseThrow();
            Set<Long> catalogued = library.catalog().read(connection -> CatalogDocuments.ids(connection, serving));
            try (SearchIndex search = library.searchIndex().orElseThrow()) {
                assertThat(ids(search))
                        .as("what a reader searches after the kill")
                        .isEqualTo(catalogued);
            }
        }
    }

    /**
     * Searches and reads the status of the library over and over from its own thread, as a second Fovea would,
     * checking each time that the photos it must see are searchable and that nothing it does not know is.
     */
    private static final class Reader implements AutoCloseable {
        private final Thread thread;
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private final AtomicInteger reads = new AtomicInteger();
        private volatile boolean stop;

        Reader(Path home, Set<Long> mustSee, Set<Long> mayHold) {
            thread = new Thread(
                    () -> {
                        while (!stop) {
                            try (Library library = Library.open(home)) {
                                library.counts();
                                Optional<SearchIndex> search = library.searchIndex();
                                if (search.isEmpty()) {
                                    failures.add("no index to search");
                                    continue;
                                }
                                try (SearchIndex index = search.get()) {
                                    Set<Long> ids = ids(index);
                                    if (!ids.containsAll(mustSee)) {
                                        failures.add(mustSee.size() - intersection(ids, mustSee)
                                                + " committed photos not searchable");
                                    }
                                    if (!mayHold.containsAll(ids)) {
                                        failures.add("unknown photos searchable");
                                    }
                                }
                                reads.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.add(e.toString());
                            }
                        }
                    },
                    "fault-reader");
            thread.setDaemon(true);
            thread.start();
        }

        void assertNeverBroken() throws InterruptedException {
            stop = true;
            thread.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(failures).as("what the reader saw during the fault").isEmpty();
            readsDone.addAndGet(reads.get());
        }

        @Override
        public void close() throws InterruptedException {
            stop = true;
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }

        private static int intersection(Set<Long> a, Set<Long> b) {
            Set<Long> both = new HashSet<>(a);
            both.retainAll(b);
            return both.size();
        }
    }

    private boolean kill(Process child) throws InterruptedException {
        if (!child.isAlive()) {
            return false;
        }
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        return child.exitValue() != 0;
    }

    private static Set<Long> ids(SearchIndex search) {
        Set<Long> ids = new HashSet<>();
        for (long id : search.index().photoIds()) {
            ids.add(id);
        }
        return ids;
    }

    private static Set<Long> documents(Path home, String model) {
        try (Library library = Library.open(home)) {
            return library.catalog().read(connection -> CatalogDocuments.ids(connection, model));
        }
    }

    private static Set<Long> idsOutside(Path home, Path folder) {
        try (Library library = Library.open(home)) {
            Set<Long> ids = new HashSet<>();
            library.catalog().read(PhotoTable::all).stream()
                    .filter(photo -> !photo.path().startsWith(folder))
                    .forEach(photo -> ids.add(photo.id()));
            return ids;
        }
    }

    private static Set<Path> rootPaths(Path home) {
        try (Library library = Library.open(home)) {
            Set<Path> paths = new HashSet<>();
            for (LibraryRoot root : library.roots()) {
                paths.add(root.path());
            }
            return paths;
        }
    }

    private static long embeddedBy(Path home, String model) {
        return documents(home, model).size();
    }

    private static long committedPhotos(Path home) {
        try (Library library = Library.open(home)) {
            return library.counts().filesSeen();
        }
    }

    /** The rows left once a folder's photos are gone; their embeddings stay until a full run prunes orphans. */
    private static Set<String> rowsOutside(Set<String> rows, Path folder) {
        Set<String> kept = new HashSet<>();
        for (String row : rows) {
            if (!row.startsWith("photo " + folder + "/")) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** Waits until the child has logged {@code count} lines; true when it exited first. */
    private static boolean awaitLines(Process child, Path log, int count) throws Exception {
        return ChildProcesses.awaitOrDeath(child, () -> lineCount(log) >= count);
    }

    /** Waits until the catalog holds {@code count} embeddings of the second model; true when the child exited first. */
    private static boolean awaitEmbeddings(Process child, Path home, long count) throws Exception {
        try (Catalog catalog = Catalog.open(new FoveaHome(home).catalog())) {
            return ChildProcesses.awaitOrDeath(
                    child,
                    () -> catalog.read(connection -> CatalogDocuments.ids(connection, SECOND_MODEL))
                                    .size()
                            >= count);
        }
    }

    private static long lineCount(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.count();
        }
    }

    private static Process child(String mode, Path home, String argument, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FaultChild.class.getName(),
                        mode,
                        home.toString(),
                        argument,
                        log.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(childOutput(home).toFile()))
                .start();
    }

    private static Path childOutput(Path home) {
        return home.resolveSibling(home.getFileName() + "-child.out");
    }

    private static Path copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(from)) {
            files = all.sorted(Comparator.naturalOrder()).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else if (!file.getFileName().toString().endsWith(".lock")) {
                Files.copy(file, target);
            }
        }
        return to;
    }
}
