package dev.fovea.app.desktop.backend;

import java.nio.file.Path;

/** Queries over the library: text, an indexed photo or any image file, always within filters. */
public interface PhotoSearch {

    /** An empty query lists every photo that passes the filters, newest first. */
    SearchResults search(SearchRequest request);

    SearchResults similarToPhoto(long photoId, SearchFilters filters);

    SearchResults similarToImage(Path image, SearchFilters filters);
}
