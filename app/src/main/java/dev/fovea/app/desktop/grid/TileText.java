package dev.fovea.app.desktop.grid;

import dev.fovea.app.desktop.backend.PhotoHit;

/** The words a tile shows about its photo; the grid's owner knows the language and the active filters. */
public interface TileText {
    /** Shown over the bottom of the tile on hover: date and score. */
    String hover(PhotoHit hit);

    /** The tooltip: why it matched (score, words that matched, filters applied). */
    String why(PhotoHit hit);

    /** What a screen reader says. */
    String accessible(PhotoHit hit);
}
