package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.DecodeWarningTable;
import dev.fovea.indexer.catalog.EmbeddingTable;
import dev.fovea.indexer.catalog.IndexJournal;
import dev.fovea.indexer.catalog.KnownPhoto;
import dev.fovea.indexer.catalog.PhotoStatus;
import dev.fovea.indexer.catalog.PhotoTable;
import dev.fovea.indexer.catalog.PhotoWrite;
import dev.fovea.indexer.catalog.PlaceTable;
import dev.fovea.indexer.catalog.RootTable;
import dev.fovea.indexer.catalog.StoredPath;
import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.catalog.VideoTable;
import dev.fovea.indexer.index.ModelIndex;
import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.text.TextGate;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import dev.fovea.search.places.ReverseGeocoder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The last stage: writes outcomes to the catalog in batched transactions (a photo's embedding and its
 * status commit together), then brings the open vector indexes up to the catalog. This order is what makes a
 * kill at any moment safe: whatever the catalog committed is never encoded again, and whatever the indexes
 * missed is replayed from the catalog's journal on the next start.
 */
final class ResultWriter implements Runnable {
    private static final int BATCH = 128;
    private static final long INDEX_COMMIT_MILLIS = 10_000;

    /** Sent once the scan and all processing are over: what disappeared, and how each scanned folder went. */
    record Finish(List<KnownPhoto> deletions, List<ScopeOutcome> scopes, boolean pruneOrphans) implements ToWrite {}

    /** What a run did, for its summary. */
    static final class Counts {
        long embedded;
        long reused;
        long unsettled;
        long deleted;
    }

    private final BlockingQueue<ToWrite> results;
    private final Catalog catalog;
    private final List<ModelIndex> indexes;
    private final ThumbnailStore thumbnails;
    private final String modelId;
    private final RunState state;
    final Counts counts = new Counts();
    private final Map<String, List<PhotoOutcome.Twin>> waitingTwins = new HashMap<>();
    private final Map<String, PhotoOutcome.Skipped> skippedContents = new HashMap<>();
    private long lastIndexCommit = System.currentTimeMillis();

    ResultWriter(
            BlockingQueue<ToWrite> results,
            Catalog catalog,
            List<ModelIndex> indexes,
            ThumbnailStore thumbnails,
            String modelId,
            RunState state) {
        this.results = results;
        this.catalog = catalog;
        this.indexes = indexes;
        this.thumbnails = thumbnails;
        this.modelId = modelId;
        this.state = state;
    }

    @Override
    public void run() {
        List<PhotoOutcome> batch = new ArrayList<>();
        try {
            while (true) {
                ToWrite next = results.poll(50, TimeUnit.MILLISECONDS);
                // Commit what has arrived at once: an embedding waiting here is work a crash would throw away.
                while (next instanceof PhotoOutcome outcome) {
                    batch.add(outcome);
                    next = batch.size() < BATCH ? results.poll() : null;
                }
                flush(batch);
                if (next instanceof Finish finish) {
                    finish(finish);
                } else if (next instanceof ToWrite.End) {
                    commitIndexes();
                    return;
                }
                if (System.currentTimeMillis() - lastIndexCommit >= INDEX_COMMIT_MILLIS) {
                    commitIndexes();
                }
            }
        } catch (InterruptedException e) {
            state.fail(new IllegalStateException("The result writer was interrupted", e));
        } catch (RuntimeException e) {
            state.fail(e);
        }
    }

    private void flush(List<PhotoOutcome> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<PhotoOutcome> pending = new ArrayList<>(batch);
        batch.clear();
        while (!pending.isEmpty()) {
            List<PhotoOutcome> writable = new ArrayList<>();
            for (PhotoOutcome outcome : pending) {
                if (outcome instanceof PhotoOutcome.Twin twin) {
                    PhotoOutcome resolved = resolve(twin);
                    if (resolved == null) {
                        waitingTwins
                                .computeIfAbsent(twin.hash(), hash -> new ArrayList<>())
                                .add(twin);
                    } else {
                        writable.add(resolved);
                    }
                } else {
                    writable.add(outcome);
                }
            }
            long now = System.currentTimeMillis();
            catalog.write(connection -> {
                List<Long> touched = new ArrayList<>();
                for (PhotoOutcome outcome : writable) {
                    Long id = write(connection, outcome, now);
                    if (id != null) {
                        touched.add(id);
                    }
                }
                IndexJournal.touch(connection, touched);
                PlaceTable.fill(connection, ReverseGeocoder::bundled, touched);
                return null;
            });
            pending = afterCommit(writable);
        }
        indexes.forEach(ModelIndex::sync);
    }

    private PhotoOutcome resolve(PhotoOutcome.Twin twin) {
        if (state.embedded.contains(twin.hash())) {
            return new PhotoOutcome.Reused(twin.item(), twin.hash(), twin.metadata());
        }
        PhotoOutcome.Skipped skipped = skippedContents.get(twin.hash());
        return skipped == null
                ? null
                : new PhotoOutcome.Skipped(
                        twin.item(), twin.hash(), twin.metadata(), skipped.reason(), skipped.detail());
    }

    private Long write(Connection connection, PhotoOutcome outcome, long now) throws SQLException {
        WorkItem item = outcome.item();
        return switch (outcome) {
            case PhotoOutcome.Embedded e -> {
                EmbeddingTable.put(connection, e.hash(), modelId, e.vector(), state.exact && e.video() == null, now);
                if (e.video() != null) {
                    VideoTable.put(connection, e.hash(), modelId, e.video(), e.frames());
                }
                DecodeWarningTable.put(connection, e.hash(), e.decodeWarning());
                if (e.textGate() != null) {
                    TextTable.putGateVerdict(connection, e.hash(), e.textGate(), TextGate.ID);
                }
                yield PhotoTable.write(
                        connection, row(item, e.hash(), e.metadata(), PhotoStatus.INDEXED, null, null, modelId), now);
            }
            case PhotoOutcome.Reused r ->
                PhotoTable.write(
                        connection, row(item, r.hash(), r.metadata(), PhotoStatus.INDEXED, null, null, modelId), now);
            case PhotoOutcome.Skipped s ->
                PhotoTable.write(
                        connection,
                        row(item, s.hash(), s.metadata(), PhotoStatus.SKIPPED, s.reason(), s.detail(), null),
                        now);
            case PhotoOutcome.Unsettled u -> null;
            case PhotoOutcome.Twin t ->
                throw new IllegalStateException("Unresolved twin " + t.item().path());
        };
    }

    private static PhotoWrite row(
            WorkItem item,
            String hash,
            PhotoMetadata metadata,
            PhotoStatus status,
            String reason,
            String detail,
            String model) {
        return new PhotoWrite(
                item.file().root().id(),
                item.path(),
                item.file().size(),
                item.file().modifiedMillis(),
                hash,
                metadata,
                status,
                reason,
                detail,
                model);
    }

    /** Publishes what committed and returns the twins that can now be written. */
    private List<PhotoOutcome> afterCommit(List<PhotoOutcome> written) {
        List<PhotoOutcome> released = new ArrayList<>();
        for (PhotoOutcome outcome : written) {
            switch (outcome) {
                case PhotoOutcome.Embedded e -> {
                    state.embedded.add(e.hash());
                    state.release(e.hash());
                    released.addAll(waitingTwins.getOrDefault(e.hash(), List.of()));
                    waitingTwins.remove(e.hash());
                    counts.embedded++;
                    state.progress.finished(null);
                }
                case PhotoOutcome.Reused r -> {
                    counts.reused++;
                    state.progress.finished(null);
                }
                case PhotoOutcome.Skipped s -> {
                    if (s.hash() != null) {
                        skippedContents.put(s.hash(), s);
                        state.release(s.hash());
                        released.addAll(waitingTwins.getOrDefault(s.hash(), List.of()));
                        waitingTwins.remove(s.hash());
                    }
                    state.progress.finished(s.reason());
                }
                case PhotoOutcome.Unsettled u -> {
                    state.release(u.hash());
                    for (PhotoOutcome.Twin twin : waitingTwins.getOrDefault(u.hash(), List.of())) {
                        released.add(new PhotoOutcome.Unsettled(twin.item(), null));
                    }
                    waitingTwins.remove(u.hash());
                    counts.unsettled++;
                    state.progress.finished(null);
                }
                case PhotoOutcome.Twin t ->
                    throw new IllegalStateException(
                            "Unresolved twin " + t.item().path());
            }
        }
        return released;
    }

    private void finish(Finish finish) {
        long now = System.currentTimeMillis();
        List<String> orphans = catalog.write(connection -> {
            List<Long> deleted = new ArrayList<>();
            for (KnownPhoto gone : finish.deletions()) {
                if (PhotoTable.deleteIfAt(connection, gone.id(), gone.path())) {
                    deleted.add(gone.id());
                }
            }
            IndexJournal.touch(connection, deleted);
            counts.deleted += deleted.size();
            for (ScopeOutcome scope : finish.scopes()) {
                if (scope.start().equals(scope.root().path())) {
                    RootTable.recordScan(connection, scope.root().id(), scope.state(), scope.ignoredFiles(), now);
                }
                RootTable.replaceProblems(
                        connection,
                        scope.root().id(),
                        scope.start(),
                        scope.problems().stream()
                                .map(p -> new String[] {StoredPath.text(p.path()), p.problem()})
                                .toList(),
                        now);
            }
            return finish.pruneOrphans() ? EmbeddingTable.deleteOrphans(connection) : List.<String>of();
        });
        orphans.forEach(thumbnails::delete);
        indexes.forEach(ModelIndex::sync);
        commitIndexes();
    }

    private void commitIndexes() {
        indexes.forEach(ModelIndex::commit);
        lastIndexCommit = System.currentTimeMillis();
    }
}
