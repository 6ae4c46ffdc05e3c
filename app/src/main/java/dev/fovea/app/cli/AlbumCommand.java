package dev.fovea.app.cli;

import dev.fovea.app.album.AlbumPhoto;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.AlbumRow;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.catalog.PhotoStatus;
import dev.fovea.search.FoveaException;
import dev.fovea.search.query.filter.SearchFilters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "album",
        mixinStandardHelpOptions = true,
        description = {
            "Show one album's photos (fovea album NAME), or make and change albums. An album holds photos by their",
            "content, so a photo stays in it when it is moved or renamed; deleting an album or taking a photo out",
            "never touches the file. A saved search is an album whose photos are what the search finds each time."
        },
        subcommands = {
            AlbumCommand.Create.class,
            AlbumCommand.Save.class,
            AlbumCommand.Rename.class,
            AlbumCommand.Move.class,
            AlbumCommand.Delete.class,
            AlbumCommand.Add.class,
            AlbumCommand.Remove.class,
            AlbumCommand.Show.class
        })
final class AlbumCommand extends FoveaSubcommand {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "NAME",
            description = "An album of any kind ('fovea albums' lists them): print its photos.")
    String name;

    @Option(names = "--json", description = "Print one JSON array of photos.")
    boolean json;

    @Override
    public Integer call() {
        if (name == null) {
            throw new UsageException("Name an album to show its photos, or say what to do: create, save, rename,"
                    + " move, delete, add or remove. 'fovea album --help' explains each.");
        }
        return Show.print(this, name, json);
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Make an empty album.")
    static final class Create extends FoveaSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The album's name, e.g. \"Lisbon 2023\".")
        String name;

        @Override
        public Integer call() {
            try (Library library = Library.open(home().root())) {
                err().println("Album '" + library.albums().create(name).name() + "' created.");
            }
            return FoveaCli.OK;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give an album another name.")
    static final class Rename extends FoveaSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The album's name now.")
        String name;

        @Parameters(index = "1", paramLabel = "NEW_NAME", description = "Its new name.")
        String newName;

        @Override
        public Integer call() {
            try (Library library = Library.open(home().root())) {
                err().println("Album renamed to '"
                        + library.albums().rename(name, newName).name() + "'.");
            }
            return FoveaCli.OK;
        }
    }

    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = "Delete an album. Its photos stay in the library and in other albums.")
    static final class Delete extends FoveaSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The album to delete.")
        String name;

        @Override
        public Integer call() {
            try (Library library = Library.open(home().root())) {
                String exact = library.albums().get(name).name();
                library.albums().delete(name);
                err().println("Album '" + exact + "' deleted; its photos are untouched.");
            }
            return FoveaCli.OK;
        }
    }

    /** The photos named by path or id, which must be indexed: an album holds a photo by its content. */
    abstract static class PhotosOf extends FoveaSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The album.")
        String name;

        @Parameters(index = "1..*", paramLabel = "PHOTO", description = "Photo files in the library.")
        List<Path> files = new ArrayList<>();

        @Option(names = "--id", split = ",", paramLabel = "ID", description = "Photos by id (from --json output).")
        List<Long> ids = new ArrayList<>();

        Set<String> contentHashes(Library library) {
            if (files.isEmpty() && ids.isEmpty()) {
                throw new UsageException("Name the photos: their files, or --id with ids from 'fovea search --json'.");
            }
            Set<String> hashes = new LinkedHashSet<>();
            for (Path file : files) {
                Path path = file.toAbsolutePath().normalize();
                if (Files.isDirectory(path)) {
                    throw new FoveaException(path + " is a folder; name the photo files in it.");
                }
                hashes.add(indexed(library.photo(path), path.toString()));
            }
            for (long id : ids) {
                hashes.add(indexed(library.photo(id), "photo id " + id));
            }
            return hashes;
        }

        private static String indexed(Optional<PhotoRow> row, String what) {
            PhotoRow photo = row.orElseThrow(() -> new FoveaException(
                    what + " is not in the library. Add its folder with 'fovea index FOLDER', or check the path."));
            if (photo.status() != PhotoStatus.INDEXED || photo.contentHash() == null) {
                throw new FoveaException(what + " is not indexed"
                        + (photo.skipReason() == null
                                ? " yet; run 'fovea index' first."
                                : " (" + photo.skipReason() + ").")
                        + " Only indexed photos can go in an album.");
            }
            return photo.contentHash();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Put photos in an album.")
    static final class Add extends PhotosOf {
        @Override
        public Integer call() {
            try (Library library = Library.open(home().root())) {
                Set<String> hashes = contentHashes(library);
                int added = library.albums().add(name, hashes);
                err().println(added + " photo(s) added to '"
                        + library.albums().get(name).name() + "'"
                        + (added < hashes.size() ? "; " + (hashes.size() - added) + " were in it already." : "."));
            }
            return FoveaCli.OK;
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Take photos out of an album (the files are not touched).")
    static final class Remove extends PhotosOf {
        @Override
        public Integer call() {
            try (Library library = Library.open(home().root())) {
                Set<String> hashes = contentHashes(library);
                int removed = library.albums().remove(name, hashes);
                err().println(removed + " photo(s) taken out of '"
                        + library.albums().get(name).name() + "'"
                        + (removed < hashes.size() ? "; " + (hashes.size() - removed) + " were not in it." : "."));
            }
            return FoveaCli.OK;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "List an album's photos: in the order added, or best match first for a saved search"
                    + " and an album Fovea finds in the photos. 'fovea album NAME' does the same.")
    static final class Show extends FoveaSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The album.")
        String name;

        @Option(names = "--json", description = "Print one JSON array of photos.")
        boolean json;

        /** The JSON shape of a photo in an album. */
        record JsonPhoto(long id, String path, String contentHash) {}

        @Override
        public Integer call() {
            return print(this, name, json);
        }

        static int print(FoveaSubcommand command, String name, boolean json) {
            List<AlbumPhoto> photos;
            try (Library library = Library.open(command.home().root())) {
                Optional<OpenedSearch> search = library.albums()
                                .find(name)
                                .filter(album -> !album.savedSearch())
                                .isPresent()
                        ? Optional.empty()
                        : OpenedSearch.openIfIndexed(command.home(), command.modelDir(), library);
                try {
                    photos = OpenedSearch.albums(search, library).photos(name);
                } finally {
                    search.ifPresent(OpenedSearch::close);
                }
            }
            if (json) {
                command.out()
                        .println(Json.line(photos.stream()
                                .map(photo ->
                                        new JsonPhoto(photo.id(), photo.path().toString(), photo.contentHash()))
                                .toList()));
            } else if (photos.isEmpty()) {
                command.err()
                        .println("The album has no photos now. Put photos in an album with:"
                                + " fovea album add NAME PHOTO...");
            } else {
                photos.forEach(photo -> command.out().println(photo.path()));
            }
            command.out().flush();
            command.err().flush();
            return FoveaCli.OK;
        }
    }

    @Command(
            name = "save",
            mixinStandardHelpOptions = true,
            description = {
                "Save a search as an album. The text is kept as typed, so dates in it (\"last summer\") stay",
                "relative; the filter options are kept as given. Saving again under the same name replaces it."
            })
    static final class Save extends FoveaSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The album's name, e.g. \"Beach summers\".")
        String name;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "QUERY", description = "What to look for.")
        List<String> query = new ArrayList<>();

        @Mixin
        SearchFilterOptions filters;

        @Override
        public Integer call() {
            SearchFilters chosen = filters.toFilters();
            try (Library library = Library.open(home().root())) {
                if (!filters.places.isEmpty()) {
                    chosen = filters.withPlaces(chosen, library.knownPlaces());
                }
                if (filters.album != null) {
                    if (library.albums().get(filters.album).savedSearch()) {
                        throw new UsageException("'" + filters.album + "' is a saved search; a saved search keeps"
                                + " only to an album made by hand. Put its words in this query instead.");
                    }
                    chosen = chosen.withContentHashes(library.albums().contentHashes(filters.album));
                }
                String saved = library.albums()
                        .saveSearch(name, String.join(" ", query), chosen)
                        .name();
                err().println("Search saved as '" + saved + "'. 'fovea album " + saved + "' lists what it finds.");
            }
            return FoveaCli.OK;
        }
    }

    @Command(
            name = "move",
            mixinStandardHelpOptions = true,
            description = "Put one of your albums at another place in the list ('fovea albums' shows the order).")
    static final class Move extends FoveaSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The album.")
        String name;

        @Parameters(index = "1", paramLabel = "POSITION", description = "Its new place: 1 is the top.")
        int position;

        @Override
        public Integer call() {
            if (position < 1) {
                throw new UsageException("POSITION counts from 1 (the top); " + position + " is not a place.");
            }
            try (Library library = Library.open(home().root())) {
                List<AlbumRow> order = library.albums().move(name, position);
                err().println("Your albums now: "
                        + String.join(", ", order.stream().map(AlbumRow::name).toList()) + ".");
            }
            return FoveaCli.OK;
        }
    }
}
