package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.util.List;

public record FilterChoices(List<String> cameras, List<Path> folders, List<String> fileTypes) {
    public static final FilterChoices NONE = new FilterChoices(List.of(), List.of(), List.of());

    public FilterChoices {
        cameras = List.copyOf(cameras);
        folders = List.copyOf(folders);
        fileTypes = List.copyOf(fileTypes);
    }
}
