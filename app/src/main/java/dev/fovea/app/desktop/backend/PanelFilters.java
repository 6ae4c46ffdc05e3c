package dev.fovea.app.desktop.backend;

import dev.fovea.search.query.filter.MediaKind;
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
 * @param kind only photos or only videos
 * @param duration only videos of this length
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
        String album,
        MediaKind kind,
        DurationChoice duration) {

    public static final PanelFilters NONE =
            new PanelFilters(null, null, null, null, null, false, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public PanelFilters withDates(LocalDate newFrom, LocalDate newTo) {
        return new PanelFilters(
                newFrom, newTo, camera, folder, fileType, withLocation, place, area, album, kind, duration);
    }

    public PanelFilters withCamera(String newCamera) {
        return new PanelFilters(
                from, to, newCamera, folder, fileType, withLocation, place, area, album, kind, duration);
    }

    public PanelFilters withFolder(Path newFolder) {
        return new PanelFilters(
                from, to, camera, newFolder, fileType, withLocation, place, area, album, kind, duration);
    }

    public PanelFilters withFileType(String newFileType) {
        return new PanelFilters(
                from, to, camera, folder, newFileType, withLocation, place, area, album, kind, duration);
    }

    public PanelFilters withLocation(boolean newWithLocation) {
        return new PanelFilters(
                from, to, camera, folder, fileType, newWithLocation, place, area, album, kind, duration);
    }

    public PanelFilters withPlace(String newPlace) {
        return new PanelFilters(
                from, to, camera, folder, fileType, withLocation, newPlace, area, album, kind, duration);
    }

    public PanelFilters withArea(MapArea newArea) {
        return new PanelFilters(
                from, to, camera, folder, fileType, withLocation, place, newArea, album, kind, duration);
    }

    public PanelFilters withAlbum(String newAlbum) {
        return new PanelFilters(
                from, to, camera, folder, fileType, withLocation, place, area, newAlbum, kind, duration);
    }

    public PanelFilters withKind(MediaKind newKind) {
        return new PanelFilters(
                from, to, camera, folder, fileType, withLocation, place, area, album, newKind, duration);
    }

    public PanelFilters withDuration(DurationChoice newDuration) {
        return new PanelFilters(
                from, to, camera, folder, fileType, withLocation, place, area, album, kind, newDuration);
    }
}
