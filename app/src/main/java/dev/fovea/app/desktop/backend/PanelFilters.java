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
 * @param album the name of an album the photos are in
 */
public record PanelFilters(
        LocalDate from,
        LocalDate to,
        String camera,
        Path folder,
        String fileType,
        boolean withLocation,
        String place,
        MapArea area,
        String album) {

    public static final PanelFilters NONE = new PanelFilters(null, null, null, null, null, false, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public PanelFilters withDates(LocalDate newFrom, LocalDate newTo) {
        return new PanelFilters(newFrom, newTo, camera, folder, fileType, withLocation, place, area, album);
    }

    public PanelFilters withCamera(String newCamera) {
        return new PanelFilters(from, to, newCamera, folder, fileType, withLocation, place, area, album);
    }

    public PanelFilters withFolder(Path newFolder) {
        return new PanelFilters(from, to, camera, newFolder, fileType, withLocation, place, area, album);
    }

    public PanelFilters withFileType(String newFileType) {
        return new PanelFilters(from, to, camera, folder, newFileType, withLocation, place, area, album);
    }

    public PanelFilters withLocation(boolean newWithLocation) {
        return new PanelFilters(from, to, camera, folder, fileType, newWithLocation, place, area, album);
    }

    public PanelFilters withPlace(String newPlace) {
        return new PanelFilters(from, to, camera, folder, fileType, withLocation, newPlace, area, album);
    }

    public PanelFilters withArea(MapArea newArea) {
        return new PanelFilters(from, to, camera, folder, fileType, withLocation, place, newArea, album);
    }

    public PanelFilters withAlbum(String newAlbum) {
        return new PanelFilters(from, to, camera, folder, fileType, withLocation, place, area, newAlbum);
    }
}
