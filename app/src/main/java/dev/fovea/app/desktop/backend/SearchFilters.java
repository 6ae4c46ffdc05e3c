package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the filter panel narrows a search to. A null field does not filter.
 *
 * @param from first day included
 * @param to last day included
 * @param folder includes its subfolders
 * @param fileType lower-case extension family, e.g. {@code jpg}, {@code heic}
 */
public record SearchFilters(
        LocalDate from, LocalDate to, String camera, Path folder, String fileType, boolean withLocation) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, false);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public SearchFilters withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchFilters(newFrom, newTo, camera, folder, fileType, withLocation);
    }

    public SearchFilters withCamera(String newCamera) {
        return new SearchFilters(from, to, newCamera, folder, fileType, withLocation);
    }

    public SearchFilters withFolder(Path newFolder) {
        return new SearchFilters(from, to, camera, newFolder, fileType, withLocation);
    }

    public SearchFilters withFileType(String newFileType) {
        return new SearchFilters(from, to, camera, folder, newFileType, withLocation);
    }

    public SearchFilters withLocation(boolean newWithLocation) {
        return new SearchFilters(from, to, camera, folder, fileType, newWithLocation);
    }
}
