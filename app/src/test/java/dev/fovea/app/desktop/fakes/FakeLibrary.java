package dev.fovea.app.desktop.fakes;

import dev.fovea.app.desktop.backend.FilterChoices;
import dev.fovea.app.desktop.backend.IndexingListener;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.LibraryCounts;
import dev.fovea.app.desktop.backend.LibraryFolder;
import dev.fovea.app.desktop.backend.PhotoDetails;
import dev.fovea.app.desktop.backend.PhotoLibrary;
import dev.fovea.app.desktop.backend.PhotoLocations;
import dev.fovea.app.desktop.backend.PhotoText;
import dev.fovea.app.desktop.backend.SkippedPhoto;
import dev.fovea.app.desktop.backend.TextReadingMode;
import dev.fovea.app.desktop.backend.WarnedPhoto;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-memory library of generated photos. Indexing "indexes" them on a named thread at a chosen rate,
 * publishing progress like the real indexer; search sees only what is indexed so far.
 */
public final class FakeLibrary implements PhotoLibrary {
    private final java.util.Map<Long, PhotoText> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile TextReadingMode textReading = TextReadingMode.AUTO;
    private volatile boolean exactDecoding;
    private final List<FakePhoto> photos;
    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private final List<IndexingListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final double photosPerSecond;
    private volatile int indexed;
    private volatile Thread indexer;
    private volatile boolean closed;

    /** @param photosPerSecond 0 indexes everything at once */
    public FakeLibrary(List<FakePhoto> photos, double photosPerSecond) {
        this.photos = List.copyOf(photos);
        this.photosPerSecond = photosPerSecond;
    }

    public List<FakePhoto> photos() {
        return photos;
    }

    private record Snapshot(int indexed, List<Path> folders, List<FakePhoto> photos) {}

    private volatile Snapshot searchable = new Snapshot(-1, List.of(), List.of());

    /** The photos search may return: indexed, and under a library folder. */
    public List<FakePhoto> searchable() {
        Snapshot last = searchable;
        int done = indexed;
        List<Path> roots = List.copyOf(folders);
        if (last.indexed() != done || !last.folders().equals(roots)) {
            last = new Snapshot(
                    done,
                    roots,
                    photos.subList(0, done).stream()
                            .filter(photo -> roots.stream()
                                    .anyMatch(folder -> photo.path().startsWith(folder)))
                            .toList());
            searchable = last;
        }
        return last.photos();
    }

    /** As if the library had been indexed in an earlier run. */
    public FakeLibrary alreadyIndexed(Path folder) {
        folders.add(folder);
        indexed = photos.size();
        return this;
    }

    public void publish(IndexingStatus progress) {
        listeners.forEach(listener -> listener.onProgress(progress));
    }

    @Override
    public List<LibraryFolder> folders() {
        return folders.stream()
                .map(folder -> new LibraryFolder(
                        folder,
                        photos.subList(0, indexed).stream()
                                .filter(photo -> photo.path().startsWith(folder))
                                .count(),
                        photos.size() - indexed,
                        2,
                        true))
                .toList();
    }

    @Override
    public void addFolder(Path folder) {
        if (!folders.contains(folder)) {
            folders.add(folder);
        }
    }

    @Override
    public void removeFolder(Path folder) {
        folders.remove(folder);
    }

    @Override
    public LibraryCounts status() {
        return new LibraryCounts(
                photos.size() + 3, indexed, photos.size() - indexed, skippedByReason(), "fixture-colour");
    }

    @Override
    public List<SkippedPhoto> skippedPhotos(int limit) {
        return List.of(
                new SkippedPhoto(Path.of("/photos/Phone/notes.pdf"), "unsupported-format", "PDF"),
                new SkippedPhoto(Path.of("/photos/Garden/IMG_broken.jpg"), "truncated", "ends after 12 kB"),
                new SkippedPhoto(Path.of("/photos/Family/scan.tif"), "timeout", "over 30 s"));
    }

    @Override
    public List<WarnedPhoto> warnedPhotos(int limit) {
        return List.of(new WarnedPhoto(
                Path.of("/photos/Garden/IMG_0042.jpg"), "Corrupt JPEG data: 3 extraneous bytes before marker 0xd9"));
    }

    private static Map<String, Long> skippedByReason() {
        return Map.of("unsupported-format", 1L, "truncated", 1L, "timeout", 1L);
    }

    @Override
    public synchronized void startIndexing() {
        if (indexer != null && indexer.isAlive()) {
            return;
        }
        if (photosPerSecond <= 0) {
            indexed = photos.size();
            publish(progress(IndexingStatus.State.FINISHED));
            return;
        }
        indexer = Thread.ofPlatform().name("fake-indexer").daemon().start(this::index);
    }

    private void index() {
        long sleepNanos = (long) (1e9 / photosPerSecond);
        publish(progress(IndexingStatus.State.SCANNING));
        while (indexed < photos.size() && !closed) {
            if (paused.get()) {
                publish(progress(IndexingStatus.State.PAUSED));
                sleep(50_000_000);
                continue;
            }
            indexed++;
            publish(progress(IndexingStatus.State.INDEXING));
            sleep(sleepNanos);
        }
        publish(progress(IndexingStatus.State.FINISHED));
    }

    private IndexingStatus progress(IndexingStatus.State state) {
        int done = indexed;
        double rate = photosPerSecond <= 0 ? 0 : photosPerSecond;
        Duration eta = rate > 0 && state == IndexingStatus.State.INDEXING
                ? Duration.ofSeconds((long) ((photos.size() - done) / rate))
                : null;
        String current =
                done > 0 && done < photos.size() ? photos.get(done).path().toString() : null;
        return new IndexingStatus(state, done, photos.size(), rate, eta, current, skippedByReason());
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void pauseIndexing() {
        paused.set(true);
    }

    @Override
    public void resumeIndexing() {
        paused.set(false);
    }

    @Override
    public void reindex() {
        indexed = 0;
        startIndexing();
    }

    @Override
    public void addIndexingListener(IndexingListener listener) {
        listeners.add(listener);
    }

    @Override
    public Optional<PhotoDetails> details(long photoId) {
        return photos.stream()
                .filter(photo -> photo.id() == photoId)
                .findFirst()
                .map(FakePhoto::details);
    }

    @Override
    public List<Double> frameTimes(long photoId) {
        return photos.stream()
                .filter(photo -> photo.id() == photoId && photo.isVideo())
                .findFirst()
                .map(FakePhoto::frameTimes)
                .orElse(List.of());
    }

    @Override
    public PhotoText text(long photoId) {
        return texts.getOrDefault(photoId, PhotoText.NONE);
    }

    /** Gives a photo text, as if indexing had read it. */
    public void readText(long photoId, PhotoText text) {
        texts.put(photoId, text);
    }

    @Override
    public TextReadingMode textReading() {
        return textReading;
    }

    @Override
    public void setTextReading(TextReadingMode mode) {
        textReading = mode;
    }

    @Override
    public boolean exactDecoding() {
        return exactDecoding;
    }

    @Override
    public void setExactDecoding(boolean exact) {
        exactDecoding = exact;
    }

    @Override
    public FilterChoices filterChoices() {
        List<FakePhoto> visible = searchable();
        return new FilterChoices(
                visible.stream().map(FakePhoto::camera).distinct().sorted().toList(),
                visible.stream().map(FakePhoto::folder).distinct().sorted().toList(),
                visible.stream().map(FakePhoto::fileType).distinct().sorted().toList(),
                List.of());
    }

    @Override
    public PhotoLocations locations() {
        List<FakePhoto> located =
                searchable().stream().filter(photo -> photo.latitude() != null).toList();
        return new PhotoLocations(
                located.stream().mapToDouble(FakePhoto::latitude).toArray(),
                located.stream().mapToDouble(FakePhoto::longitude).toArray());
    }

    @Override
    public void close() {
        closed = true;
    }
}
