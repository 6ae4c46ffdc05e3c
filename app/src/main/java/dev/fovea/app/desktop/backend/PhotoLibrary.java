package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The photo folders, their index and what is known about each photo. */
public interface PhotoLibrary extends AutoCloseable {

    List<LibraryFolder> folders();

    /** Whether any folder is in the library, without counting its photos (opening asks it before the first screen). */
    default boolean hasFolders() {
        return !folders().isEmpty();
    }

    void addFolder(Path folder);

    void removeFolder(Path folder);

    LibraryCounts status();

    /** The most recent files that could not be indexed, with why. */
    List<SkippedPhoto> skippedPhotos(int limit);

    /** The most recent indexed photos whose decoder read past damage, with the decoder's warning. */
    List<WarnedPhoto> warnedPhotos(int limit);

    /** Starts (or continues) indexing in the library's own background threads; progress goes to the listeners. */
    void startIndexing();

    void pauseIndexing();

    void resumeIndexing();

    /** Forgets every embedding of the active model and indexes all folders again. */
    void reindex();

    void addIndexingListener(IndexingListener listener);

    Optional<PhotoDetails> details(long photoId);

    /** When a video's sampled frames are, in seconds, for the viewer's filmstrip; empty for a photo. */
    List<Double> frameTimes(long photoId);

    /** The words read in the photo; {@link PhotoText#NONE} when it was not read or holds none. */
    PhotoText text(long photoId);

    TextReadingMode textReading();

    /** Keeps the choice for the library and indexes again: only what the new choice adds is read. */
    void setTextReading(TextReadingMode mode);

    /** Whether indexing decodes photos at full resolution, as the reference does (slower, closest to it). */
    boolean exactDecoding();

    /** Keeps the choice for the library and indexes again: turned on, photos the faster decode made are redone. */
    void setExactDecoding(boolean exact);

    /** The cameras, folders, file types and places present, for the filter choices. */
    FilterChoices filterChoices();

    /** Where every geotagged photo was taken, for the map. */
    PhotoLocations locations();

    @Override
    void close();
}
