package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the filter panel (and the map) narrows a search to. A null field does not filter.
 *
 * @param from first day included
 * @param to last day included
 * @param folder includes its subfolders
 * @param fileType lower-case extension family, e.g. {@code jpg}, {@code heic}
 * @param place a city, region or country the photos were taken in, e.g. "Kyoto"
 * @param area a box drawn on the map, or a cluster opened there
 */
public record PanelFilters(
        LocalDate from,
        LocalDate to,
        String camera,
        Path folder,
        String fileType,
        boolean withLocation,
        String place,
        MapArea area) {

    public static final PanelFilters NONE = new PanelFilters(null, null, null, null, null, false, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public PanelFilters withDates(LocalDate newFrom, LocalDate newTo) {
        return new PanelFilters(newFrom, newTo, camera, folder, fileType, withLocation, place, area);
    }

    public PanelFilters withCamera(String newCamera) {
        return new PanelFilters(from, to, newCamera, folder, fileType, withLocation, place, area);
    }

    public PanelFilters withFolder(Path newFolder) {
        return new PanelFilters(from, to, camera, newFolder, fileType, withLocation, place, area);
    }

    public PanelFilters withFileType(String newFileType) {
        return new PanelFilters(from, to, camera, folder, newFileType, withLocation, place, area);
    }

    public PanelFilters withLocation(boolean newWithLocation) {
        return new PanelFilters(from, to, camera, folder, fileType, newWithLocation, place, area);
    }

    public PanelFilters withPlace(String newPlace) {
        return new PanelFilters(from, to, camera, folder, fileType, withLocation, newPlace, area);
    }

    public PanelFilters withArea(MapArea newArea) {
        return new PanelFilters(from, to, camera, folder, fileType, withLocation, place, newArea);
    }
}
