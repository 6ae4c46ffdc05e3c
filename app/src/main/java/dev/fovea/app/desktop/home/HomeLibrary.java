package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.FilterChoices;
import dev.fovea.app.desktop.backend.IndexingListener;
import dev.fovea.app.desktop.backend.LibraryCounts;
import dev.fovea.app.desktop.backend.LibraryFolder;
import dev.fovea.app.desktop.backend.PhotoDetails;
import dev.fovea.app.desktop.backend.PhotoLibrary;
import dev.fovea.app.desktop.backend.PhotoLocations;
import dev.fovea.app.desktop.backend.PhotoText;
import dev.fovea.app.desktop.backend.PlaceChoice;
import dev.fovea.app.desktop.backend.SkippedPhoto;
import dev.fovea.app.desktop.backend.TextReadingMode;
import dev.fovea.app.desktop.backend.WarnedPhoto;
import dev.fovea.indexer.CountryPlaces;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.indexer.text.RecognisedText;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.search.index.FileTypes;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The app's photo library over the indexer's {@link Library}, with indexing that follows its folders. */
final class HomeLibrary implements PhotoLibrary {
    /** Word boxes are kept in ten-thousandths of the picture (see {@code RecognisedWord}). */
    private static final double BOX_SCALE = 10_000;

    private final Library library;
    private final HomeIndexing indexing;
    private final Runnable foldersChanged;
    private final Runnable closeAfter;

    /**
     * @param foldersChanged told after a folder was added or removed
     * @param closeAfter what else closes with the library, after indexing has stopped and before the catalog closes
     */
    HomeLibrary(Library library, HomeIndexing indexing, Runnable foldersChanged, Runnable closeAfter) {
        this.library = library;
        this.indexing = indexing;
        this.foldersChanged = foldersChanged;
        this.closeAfter = closeAfter;
    }

    @Override
    public List<LibraryFolder> folders() {
        return library.counts().roots().stream()
                .map(root -> new LibraryFolder(
                        Path.of(root.path()), root.indexed(), root.pending(), root.skipped(), root.online()))
                .toList();
    }

    @Override
    public boolean hasFolders() {
        return !library.roots().isEmpty();
    }

    @Override
    public void addFolder(Path folder) {
        library.addRoot(folder);
        foldersChanged.run();
    }

    @Override
    public void removeFolder(Path folder) {
        indexing.whileStopped(() -> library.removeRoot(folder));
        foldersChanged.run();
    }

    @Override
    public LibraryCounts status() {
        dev.fovea.indexer.LibraryStatus counts = library.counts();
        // New files wait in the run's queues before the catalog has a row for them.
        long waiting = Math.max(counts.pending(), indexing.outstanding());
        return new LibraryCounts(
                counts.filesSeen(), counts.indexed(), waiting, counts.skipped(), counts.indexingModel());
    }

    @Override
    public List<SkippedPhoto> skippedPhotos(int limit) {
        return library.skippedFiles(limit).stream()
                .map(file -> new SkippedPhoto(file.path(), file.reason(), file.detail()))
                .toList();
    }

    @Override
    public List<WarnedPhoto> warnedPhotos(int limit) {
        return library.decodeWarnings(limit).stream()
                .map(file -> new WarnedPhoto(file.path(), file.warning()))
                .toList();
    }

    @Override
    public void startIndexing() {
        indexing.start();
    }

    @Override
    public void pauseIndexing() {
        indexing.pause();
    }

    @Override
    public void resumeIndexing() {
        indexing.resume();
    }

    @Override
    public void reindex() {
        indexing.stop();
        try {
            library.indexingModel().ifPresent(library::forgetEmbeddings);
        } finally {
            foldersChanged.run();
            indexing.start();
        }
    }

    @Override
    public void addIndexingListener(IndexingListener listener) {
        indexing.addListener(listener);
    }

    @Override
    public List<Double> frameTimes(long photoId) {
        return library.photo(photoId)
                .filter(row -> row.contentHash() != null)
                .map(row -> library.frameTimes(row.contentHash()))
                .orElse(List.of());
    }

    @Override
    public PhotoText text(long photoId) {
        return library.photo(photoId)
                .filter(row -> row.contentHash() != null)
                .map(row -> library.textOf(row.contentHash()))
                .map(HomeLibrary::text)
                .orElse(PhotoText.NONE);
    }

    private static PhotoText text(RecognisedText read) {
        return new PhotoText(
                read.text(),
                read.words().stream()
                        .map(word -> new PhotoText.Word(
                                word.text(),
                                word.x() / BOX_SCALE,
                                word.y() / BOX_SCALE,
                                word.width() / BOX_SCALE,
                                word.height() / BOX_SCALE))
                        .toList());
    }

    @Override
    public TextReadingMode textReading() {
        return TextReadingMode.valueOf(library.textMode().name());
    }

    @Override
    public void setTextReading(TextReadingMode mode) {
        indexing.whileStopped(() -> library.setTextMode(TextMode.valueOf(mode.name())));
    }

    @Override
    public boolean exactDecoding() {
        return library.exactDecoding();
    }

    @Override
    public void setExactDecoding(boolean exact) {
        indexing.whileStopped(() -> library.setExactDecoding(exact));
    }

    @Override
    public Optional<PhotoDetails> details(long photoId) {
        return library.photo(photoId).map(HomeLibrary::details);
    }

    private static PhotoDetails details(PhotoRow row) {
        PhotoMetadata metadata = row.metadata();
        OffsetDateTime taken = metadata.takenAt() == null
                ? null
                : metadata.takenAt()
                        .knownOffset()
                        .map(offset -> metadata.takenAt().local().atOffset(offset))
                        .orElseGet(() -> metadata.takenAt()
                                .local()
                                .atZone(ZoneId.systemDefault())
                                .toOffsetDateTime());
        return new PhotoDetails(
                row.id(),
                row.path(),
                row.size(),
                Objects.requireNonNullElse(metadata.width(), 0),
                Objects.requireNonNullElse(metadata.height(), 0),
                metadata.fileType(),
                taken,
                metadata.cameraMake(),
                metadata.cameraModel(),
                metadata.lens(),
                metadata.fNumber(),
                metadata.exposureTime(),
                metadata.iso(),
                metadata.focalLength(),
                metadata.latitude(),
                metadata.longitude());
    }

    @Override
    public FilterChoices filterChoices() {
        Library.Facets facets = library.facets();
        // The library's own folders too: photos often sit only in their subfolders, and a folder includes its
        // subfolders.
        List<Path> folders = Stream.concat(library.roots().stream().map(LibraryRoot::path), facets.folders().stream())
                .distinct()
                .sorted()
                .toList();
        List<PlaceChoice> places = new ArrayList<>();
        for (CountryPlaces country : library.placesByCountry()) {
            places.add(new PlaceChoice(country.country(), true, country.photos()));
            country.cities().forEach(city -> places.add(new PlaceChoice(city.city(), false, city.photos())));
        }
        return new FilterChoices(
                facets.cameras(),
                folders,
                facets.fileTypes().stream()
                        .map(FileTypes::normalize)
                        .distinct()
                        .sorted()
                        .toList(),
                places);
    }

    @Override
    public PhotoLocations locations() {
        double[][] columns = library.locations();
        return new PhotoLocations(columns[0], columns[1]);
    }

    /** Stops indexing (a restart resumes where it stopped), then closes everything else and the catalog. */
    @Override
    public void close() {
        try {
            indexing.close();
            closeAfter.run();
        } finally {
            library.close();
        }
    }
}
