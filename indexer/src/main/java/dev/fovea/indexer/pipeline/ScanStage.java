package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.KnownPhoto;
import dev.fovea.indexer.catalog.PhotoTable;
import dev.fovea.indexer.catalog.StoredPath;
import dev.fovea.indexer.scan.FolderScanner;
import dev.fovea.indexer.scan.ScanProblem;
import dev.fovea.indexer.scan.ScannedFile;
import dev.fovea.indexer.video.VideoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;

/**
 * Walks the folders of a run, compares each photo with its catalog row and queues only those that need
 * work: a file with the catalogued path, size and modification time is not opened at all.
 */
final class ScanStage {
    private final Catalog catalog;
    private final String modelId;
    private final BlockingQueue<ToDecode> work;
    private final RunState state;
    private final FolderScanner scanner = new FolderScanner();
    final List<KnownPhoto> deletions = new ArrayList<>();
    final List<ScopeOutcome> outcomes = new ArrayList<>();
    /** Videos that need work, queued after every photo of the run. */
    private final List<WorkItem> videos = new ArrayList<>();

    ScanStage(Catalog catalog, String modelId, BlockingQueue<ToDecode> work, RunState state) {
        this.catalog = catalog;
        this.modelId = modelId;
        this.work = work;
        this.state = state;
    }

    void scan(IndexingRun.Scope scope) throws InterruptedException {
        Map<String, KnownPhoto> known = catalog.read(
                connection -> PhotoTable.known(connection, scope.root().id(), scope.start()));
        if (looksOffline(scope.root().path(), known)) {
            outcomes.add(new ScopeOutcome(scope.root(), scope.start(), ScopeOutcome.OFFLINE, 0, List.of()));
            return;
        }
        if (!Files.isDirectory(scope.start())) {
            // A folder deleted below a reachable root: its photos are gone.
            outcomes.add(new ScopeOutcome(scope.root(), scope.start(), ScopeOutcome.COMPLETE, 0, List.of()));
            deletions.addAll(known.values());
            return;
        }
        Set<String> seen = new HashSet<>();
        List<ScanProblem> problems = new ArrayList<>();
        InterruptedException[] interrupted = {null};
        FolderScanner.Outcome outcome;
        try {
            outcome = scanner.scan(
                    scope.root(),
                    scope.start(),
                    new FolderScanner.Listener() {
                        @Override
                        public void photo(ScannedFile file) {
                            String path = StoredPath.text(file.path());
                            seen.add(path);
                            state.progress.seen();
                            KnownPhoto row = known.get(path);
                            if (needsWork(row, file)) {
                                state.progress.queued();
                                if (VideoFiles.isVideo(file.path().getFileName().toString())) {
                                    videos.add(new WorkItem(file, row));
                                    return;
                                }
                                try {
                                    Handoff.put(work, new WorkItem(file, row), state);
                                } catch (InterruptedException e) {
                                    interrupted[0] = e;
                                    state.cancel();
                                }
                            }
                        }

                        @Override
                        public void problem(ScanProblem problem) {
                            problems.add(problem);
                        }
                    },
                    () -> state.cancelled() || pauseThenCheck());
        } catch (IOException e) {
            outcomes.add(new ScopeOutcome(scope.root(), scope.start(), "failed: " + e.getMessage(), 0, problems));
            return;
        }
        if (interrupted[0] != null) {
            throw interrupted[0];
        }
        if (!outcome.complete()) {
            outcomes.add(new ScopeOutcome(
                    scope.root(), scope.start(), ScopeOutcome.CANCELLED, outcome.ignoredFiles(), problems));
            return;
        }
        outcomes.add(
                new ScopeOutcome(scope.root(), scope.start(), ScopeOutcome.COMPLETE, outcome.ignoredFiles(), problems));
        for (KnownPhoto row : known.values()) {
            Path path = StoredPath.path(row.path());
            if (!seen.contains(row.path()) && problems.stream().noneMatch(problem -> path.startsWith(problem.path()))) {
                deletions.add(row);
            }
        }
    }

    /** Queues the videos the scans found, after their photos. */
    void queueVideos() throws InterruptedException {
        for (WorkItem video : videos) {
            if (state.cancelled()) {
                return;
            }
            Handoff.put(work, video, state);
        }
        videos.clear();
    }

    private boolean needsWork(KnownPhoto row, ScannedFile file) {
        if (row == null || !row.sameFile(file.size(), file.modifiedMillis())) {
            return true;
        }
        return switch (row.status()) {
            case SKIPPED -> false;
            case INDEXED ->
                !modelId.equals(row.modelId())
                        || (state.exact
                                && !row.exact()
                                && !VideoFiles.isVideo(file.path().getFileName().toString()));
            case PENDING -> true;
        };
    }

    private boolean pauseThenCheck() {
        try {
            state.pause.awaitOpen(state::cancelled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.cancel();
        }
        return state.cancelled();
    }

    /**
     * A missing root, or an empty one where photos were catalogued, is taken for an unplugged drive or an
     * unmounted share: its photos are kept until it comes back.
     */
    private static boolean looksOffline(Path root, Map<String, KnownPhoto> known) {
        if (!Files.isDirectory(root)) {
            return true;
        }
        if (known.isEmpty()) {
            return false;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
