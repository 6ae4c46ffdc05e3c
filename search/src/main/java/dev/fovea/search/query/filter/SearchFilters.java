package dev.fovea.search.query.filter;

import dev.fovea.search.index.Orientation;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What photos a search may return, applied inside the vector search. Within one kind, values are
 * alternatives (cameras "pixel" or "canon"); different kinds must all hold. Null or empty means no filter.
 *
 * @param cameras words of camera make or model, e.g. "pixel 7"
 * @param folders absolute folders (with their subfolders) or folder names, e.g. "Holidays"
 * @param fileTypes e.g. jpg, heic
 * @param places places read from the query text, e.g. "in Lisbon"
 * @param contentHashes only these photos (an album); null does not filter, and an empty list keeps nothing
 * @param kind only photos or only videos; null keeps both
 * @param duration only videos this long; null does not filter (photos have no duration, so a range keeps none)
 */
public record SearchFilters(
        DateRange taken,
        List<String> cameras,
        List<String> folders,
        List<String> fileTypes,
        Orientation orientation,
        Boolean hasLocation,
        GeoBox area,
        List<KnownPlace> places,
        List<String> contentHashes,
        MediaKind kind,
        DurationRange duration) {

    public static final SearchFilters NONE =
            new SearchFilters(null, List.of(), List.of(), List.of(), null, null, null, List.of(), null, null, null);

    public SearchFilters {
        cameras = List.copyOf(cameras);
        folders = List.copyOf(folders);
        fileTypes = List.copyOf(fileTypes);
        places = List.copyOf(places);
        contentHashes = contentHashes == null ? null : List.copyOf(contentHashes);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public SearchFilters withTaken(DateRange range) {
        return copy(copy -> copy.taken = range);
    }

    public SearchFilters withCameras(List<String> values) {
        return copy(copy -> copy.cameras = values);
    }

    public SearchFilters withFolders(List<String> values) {
        return copy(copy -> copy.folders = values);
    }

    public SearchFilters withFileTypes(List<String> values) {
        return copy(copy -> copy.fileTypes = values);
    }

    public SearchFilters withOrientation(Orientation value) {
        return copy(copy -> copy.orientation = value);
    }

    public SearchFilters withHasLocation(Boolean value) {
        return copy(copy -> copy.hasLocation = value);
    }

    public SearchFilters withArea(GeoBox value) {
        return copy(copy -> copy.area = value);
    }

    public SearchFilters withPlaces(List<KnownPlace> values) {
        return copy(copy -> copy.places = values);
    }

    public SearchFilters withContentHashes(List<String> values) {
        return copy(copy -> copy.contentHashes = values);
    }

    public SearchFilters withKind(MediaKind value) {
        return copy(copy -> copy.kind = value);
    }

    public SearchFilters withDuration(DurationRange value) {
        return copy(copy -> copy.duration = value);
    }

    /** Both sets of filters at once: dates intersect, other kinds add their alternatives. */
    public SearchFilters and(SearchFilters other) {
        DateRange range = taken == null ? other.taken : other.taken == null ? taken : taken.intersect(other.taken);
        return new SearchFilters(
                range,
                concat(cameras, other.cameras),
                concat(folders, other.folders),
                concat(fileTypes, other.fileTypes),
                orientation != null ? orientation : other.orientation,
                hasLocation != null ? hasLocation : other.hasLocation,
                area != null ? area : other.area,
                concat(places, other.places),
                contentHashes == null
                        ? other.contentHashes
                        : other.contentHashes == null ? contentHashes : common(contentHashes, other.contentHashes),
                kind != null ? kind : other.kind,
                duration == null
                        ? other.duration
                        : other.duration == null ? duration : duration.intersect(other.duration));
    }

    private SearchFilters copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.filters();
    }

    /** The components as mutable fields, so that each wither names only what it changes. */
    private static final class Copy {
        DateRange taken;
        List<String> cameras;
        List<String> folders;
        List<String> fileTypes;
        Orientation orientation;
        Boolean hasLocation;
        GeoBox area;
        List<KnownPlace> places;
        List<String> contentHashes;
        MediaKind kind;
        DurationRange duration;

        Copy(SearchFilters from) {
            taken = from.taken;
            cameras = from.cameras;
            folders = from.folders;
            fileTypes = from.fileTypes;
            orientation = from.orientation;
            hasLocation = from.hasLocation;
            area = from.area;
            places = from.places;
            contentHashes = from.contentHashes;
            kind = from.kind;
            duration = from.duration;
        }

        SearchFilters filters() {
            return new SearchFilters(
                    taken,
                    cameras,
                    folders,
                    fileTypes,
                    orientation,
                    hasLocation,
                    area,
                    places,
                    contentHashes,
                    kind,
                    duration);
        }
    }

    private static List<String> common(List<String> a, List<String> b) {
        return a.stream().filter(b::contains).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        b.stream().filter(value -> !all.contains(value)).forEach(all::add);
        return all;
    }
}
