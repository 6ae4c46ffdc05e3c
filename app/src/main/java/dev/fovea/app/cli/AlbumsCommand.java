package dev.fovea.app.cli;

import dev.fovea.app.album.AlbumKind;
import dev.fovea.app.album.ListedAlbum;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.Library;
import dev.fovea.search.FoveaException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "albums",
        mixinStandardHelpOptions = true,
        description = {
            "The albums of this library, with how many photos each holds: yours (made by hand, and saved searches),",
            "in your order, then those Fovea finds in the photos (screenshots, food, pets, ...).",
            "'fovea album NAME' lists an album's photos; 'fovea search --album NAME' searches inside one."
        })
final class AlbumsCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print one JSON array of albums.")
    boolean json;

    /**
     * The JSON shape; {@code kind} is album, search or category, {@code cover_hash} names the cover's thumbnail
     * (null for an album with no photo now), {@code query} is a saved search's text; {@code photos} is null for a saved
     * search when the model to run it is missing.
     */
    record JsonAlbum(String name, String kind, Long photos, String coverHash, String query) {}

    @Override
    public Integer call() {
        List<ListedAlbum> albums;
        try (Library library = Library.open(home().root())) {
            Optional<OpenedSearch> search;
            try {
                search = OpenedSearch.openIfIndexed(home(), modelDir(), library);
            } catch (FoveaException e) {
                // Albums made by hand need no model; the others are counted by searching, which does.
                err().println("Saved searches are listed without counts and albums found in the photos are left"
                        + " out: " + e.getMessage());
                search = Optional.empty();
            }
            try {
                albums = OpenedSearch.albums(search, library).list();
            } finally {
                search.ifPresent(OpenedSearch::close);
            }
        }
        if (json) {
            out().println(Json.line(albums.stream()
                    .map(album -> new JsonAlbum(
                            album.name(),
                            kind(album.kind()),
                            album.photos() < 0 ? null : album.photos(),
                            album.coverHash(),
                            album.query()))
                    .toList()));
        } else if (albums.isEmpty()) {
            err().println("No albums yet. Make one with: fovea album create NAME, or save a search with:"
                    + " fovea album save NAME QUERY");
        } else {
            for (ListedAlbum album : albums) {
                String what = switch (album.kind()) {
                    case ALBUM -> "";
                    case SEARCH -> "  (search: " + album.query() + ")";
                    case CATEGORY -> "  (found in the photos)";
                };
                String count = album.photos() < 0 ? "?" : Long.toString(album.photos());
                out().println(String.format(Locale.ROOT, "%7s  %s%s", count, album.name(), what));
            }
        }
        out().flush();
        err().flush();
        return FoveaCli.OK;
    }

    static String kind(AlbumKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
