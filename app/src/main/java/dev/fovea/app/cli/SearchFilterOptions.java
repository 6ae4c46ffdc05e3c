package dev.fovea.app.cli;

import dev.fovea.app.setup.SearchSetup;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.search.FoveaException;
import dev.fovea.search.index.Orientation;
import dev.fovea.search.query.filter.DateRange;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import dev.fovea.search.query.place.KnownPlaces;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The filter options that {@code fovea search} and {@code fovea similar} share. */
final class SearchFilterOptions {
    @Option(
            names = "--after",
            paramLabel = "WHEN",
            description =
                    "Taken on or after the start of WHEN: 2021, 2021-06, 2021-06-15, \"July 2023\", \"last summer\".")
    String after;

    @Option(names = "--before", paramLabel = "WHEN", description = "Taken before the start of WHEN.")
    String before;

    @Option(
            names = "--camera",
            paramLabel = "WORDS",
            description = "Camera make or model contains these words, e.g. pixel (repeatable: any of them).")
    List<String> cameras = new ArrayList<>();

    @Option(
            names = "--folder",
            paramLabel = "FOLDER",
            description = "In this folder or below; a path, or a folder name (repeatable: any of them).")
    List<String> folders = new ArrayList<>();

    @Option(
            names = "--type",
            split = ",",
            paramLabel = "TYPE",
            description = "File type: jpg, png, heic, ... (comma-separated: any of them).")
    List<String> types = new ArrayList<>();

    @Option(names = "--orientation", paramLabel = "SHAPE", description = "landscape, portrait or square.")
    String orientation;

    @Option(
            names = "--has-location",
            negatable = true,
            description = "Only photos with (or, negated, without) a GPS location.")
    Boolean hasLocation;

    @Option(
            names = "--bbox",
            paramLabel = "S,W,N,E",
            description = "Taken inside this map box, in degrees, e.g. 38.6,-9.3,38.8,-9.0.")
    String bbox;

    @Option(
            names = "--place",
            paramLabel = "NAME",
            description = "Taken in this city, region or country, or in a folder of that name, e.g. Kyoto, Portugal"
                    + " (repeatable: any of them; 'fovea places' lists them).")
    List<String> places = new ArrayList<>();

    @Option(
            names = "--album",
            paramLabel = "NAME",
            description = "Only photos in this album ('fovea albums' lists them).")
    String album;

    /** The {@code --album} filter: the album's photos as they are now, whatever kind of album it is. */
    SearchFilters withAlbum(SearchFilters filters, FoveaHome home, OpenedSearch session) {
        if (album == null) {
            return filters;
        }
        try (Library library = Library.open(home.root())) {
            return filters.withContentHashes(
                    OpenedSearch.albums(Optional.of(session), library).contentHashes(album));
        }
    }

    /** The {@code --place} filters, as the library knows those places. */
    SearchFilters withPlaces(SearchFilters filters, KnownPlaces known) {
        List<KnownPlace> found = new ArrayList<>();
        for (String name : places) {
            found.add(known.find(name.strip())
                    .orElseThrow(() -> new FoveaException("No photo of this library was taken in a place called '"
                            + name + "', nor is one in a folder of that name. 'fovea places' lists the places.")));
        }
        return filters.withPlaces(found);
    }

    /**
     * The filters, read before anything is opened so that a mistyped value fails fast, as a usage error: the
     * command line was wrong, not the library.
     */
    SearchFilters toFilters() {
        try {
            return read();
        } catch (FoveaException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private SearchFilters read() {
        QueryParser parser = SearchSetup.parser(KnownPlaces.NONE);
        SearchFilters filters = SearchFilters.NONE;
        DateRange taken = null;
        if (after != null) {
            taken = parser.dateBound(true, after);
        }
        if (before != null) {
            DateRange until = parser.dateBound(false, before);
            taken = taken == null ? until : taken.intersect(until);
        }
        if (taken != null) {
            filters = filters.withTaken(taken);
        }
        return filters.withCameras(cameras)
                .withFolders(folders.stream().map(SearchFilterOptions::folder).toList())
                .withFileTypes(types)
                .withOrientation(orientation == null ? null : Orientation.parse(orientation))
                .withHasLocation(hasLocation)
                .withArea(bbox == null ? null : GeoBox.parse(bbox));
    }

    /** A folder that exists here is taken as a path (relative to the working folder); otherwise as a folder name. */
    private static String folder(String given) {
        try {
            Path path = Path.of(given);
            if (path.isAbsolute() || Files.isDirectory(path)) {
                return path.toAbsolutePath().normalize().toString();
            }
            return given;
        } catch (InvalidPathException e) {
            throw new FoveaException("--folder " + given + " is not a valid folder: " + e.getMessage());
        }
    }
}
