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
public record PanelFilters(
        LocalDate from, LocalDate to, String camera, Path folder, String fileType, boolean withLocation) {

    public static final PanelFilters NONE = new PanelFilters(null, null, null, null, null, false);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public PanelFilters withDates(LocalDate newFrom, LocalDate newTo) {
        return new PanelFilters(newFrom, newTo, camera, folder, fileType, withLocation);
    }

    public PanelFilters withCamera(String newCamera) {
        return new PanelFilters(from, to, newCamera, folder, fileType, withLocation);
    }

    public PanelFilters withFolder(Path newFolder) {
        return new PanelFilters(from, to, camera, newFolder, fileType, withLocation);
    }

    public PanelFilters withFileType(String newFileType) {
        return new PanelFilters(from, to, camera, folder, newFileType, withLocation);
    }

    public PanelFilters withLocation(boolean newWithLocation) {
        return new PanelFilters(from, to, camera, folder, fileType, newWithLocation);
    }
}
