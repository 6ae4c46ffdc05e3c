package dev.fovea.app.desktop.backend;

import java.util.List;

/** The library's groups of near-identical photos, largest groups first, each best first (the photo to keep). */
public interface PhotoDuplicates {
    List<List<DuplicatePhoto>> groups();
}
