package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.util.List;

/** @param places countries, each followed by its cities, most photos first */
public record FilterChoices(
        List<String> cameras, List<Path> folders, List<String> fileTypes, List<PlaceChoice> places) {
    public static final FilterChoices NONE = new FilterChoices(List.of(), List.of(), List.of(), List.of());

    public FilterChoices {
        cameras = List.copyOf(cameras);
        folders = List.copyOf(folders);
        fileTypes = List.copyOf(fileTypes);
        places = List.copyOf(places);
    }
}
