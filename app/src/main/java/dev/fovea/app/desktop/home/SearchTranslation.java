package dev.fovea.app.desktop.home;

import dev.fovea.app.album.LibraryAlbums;
import dev.fovea.app.desktop.backend.MapArea;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.QueryFilter;
import dev.fovea.app.desktop.backend.ShownResults;
import dev.fovea.search.index.FolderPaths;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.query.MatchReason;
import dev.fovea.search.query.SearchHit;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.filter.DateRange;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.parse.ReadFilter;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The app's search vocabulary to the search side's and back; no searching of its own. */
final class SearchTranslation {
    /** When nothing lies above the relevance cut, how many of the closest photos are shown instead of none. */
    static final int CLOSEST = 48;

    private SearchTranslation() {}

    /** The panel's filters; an album, of whatever kind, is read from {@code albums} as it is now. */
    static SearchFilters filters(PanelFilters panel, LibraryAlbums albums) {
        SearchFilters filters = SearchFilters.NONE;
        if (panel.album() != null) {
            filters = filters.withContentHashes(albums.contentHashes(panel.album()));
        }
        if (panel.from() != null || panel.to() != null) {
            filters = filters.withTaken(days(panel.from(), panel.to()));
        }
        if (panel.camera() != null) {
            filters = filters.withCameras(List.of(panel.camera()));
        }
        if (panel.folder() != null) {
            filters = filters.withFolders(
                    List.of(panel.folder().toAbsolutePath().normalize().toString()));
        }
        if (panel.fileType() != null) {
            filters = filters.withFileTypes(List.of(panel.fileType()));
        }
        if (panel.place() != null) {
            // The name as the search box reads it: the city, region or country photos were taken in.
            filters = filters.withPlaces(List.of(new KnownPlace(
                    panel.place(), List.of(), null, List.of(FolderPaths.fold(panel.place())), null, false)));
        }
        if (panel.area() != null) {
            MapArea area = panel.area();
            filters = filters.withArea(new GeoBox(area.south(), area.west(), area.north(), area.east()));
        }
        if (panel.kind() != null) {
            filters = filters.withKind(panel.kind());
        }
        if (panel.duration() != null) {
            filters = filters.withDuration(panel.duration().range());
        }
        return panel.withLocation() ? filters.withHasLocation(true) : filters;
    }

    /**
     * Whole days, both included. Photo times are stored as their wall-clock time written as UTC (the
     * photographer's calendar), so the bounds are too.
     */
    private static DateRange days(LocalDate from, LocalDate to) {
        Long fromMillis = from == null
                ? null
                : from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Long untilMillis = to == null
                ? null
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        String label = from == null ? "until " + to : to == null ? "from " + from : from + " to " + to;
        return new DateRange(fromMillis, untilMillis, label);
    }

    /**
     * The app's results: the relevant hits (the closest few when none is), and whether "show more" adds any, unless
     * they are wanted already.
     */
    static ShownResults results(SearchResults found, boolean belowCutWanted) {
        List<SearchHit> shown = belowCutWanted ? found.hits() : found.strongOrClosest(CLOSEST);
        boolean more = !belowCutWanted && (found.moreBelowCut() || found.hits().size() > shown.size());
        List<QueryFilter> read = found.query().readFilters().stream()
                .map(SearchTranslation::readFilter)
                .toList();
        List<PhotoHit> hits = new ArrayList<>(shown.size());
        for (SearchHit hit : shown) {
            hits.add(hit(hit));
        }
        return new ShownResults(hits, more, read, found.weak());
    }

    private static QueryFilter readFilter(ReadFilter filter) {
        QueryFilter.Kind kind = switch (filter.kind()) {
            case DATE -> QueryFilter.Kind.DATE;
            case PLACE -> QueryFilter.Kind.PLACE;
        };
        return new QueryFilter(kind, filter.typed(), filter.label());
    }

    /** Called for every photo of a listing, 100,000 times for a large library: no streams for what is usually empty. */
    static PhotoHit hit(SearchHit hit) {
        StoredPhoto photo = hit.photo();
        List<String> byName = List.of();
        for (MatchReason reason : hit.reasons()) {
            if (reason.kind() != MatchReason.Kind.LOOKS_LIKE
                    && reason.kind() != MatchReason.Kind.FILTERS
                    && !byName.contains(reason.matched())) {
                byName = Stream.concat(byName.stream(), Stream.of(reason.matched()))
                        .toList();
            }
        }
        List<PhotoHit> stacked = hit.duplicates().isEmpty()
                ? List.of()
                : hit.duplicates().stream().map(SearchTranslation::hit).toList();
        return new PhotoHit(
                photo.photoId(),
                Path.of(photo.path()),
                photo.contentHash(),
                hit.similarity(),
                takenAt(photo.takenAtMillis()),
                byName,
                stacked,
                photo.isVideo(),
                photo.momentSeconds());
    }

    /** The stored wall-clock time, which is written as if it were UTC. */
    private static LocalDateTime takenAt(Long floatingMillis) {
        return floatingMillis == null
                ? null
                : LocalDateTime.ofInstant(Instant.ofEpochMilli(floatingMillis), ZoneOffset.UTC);
    }
}
