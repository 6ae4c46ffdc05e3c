package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.AlbumRow;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "albums",
        mixinStandardHelpOptions = true,
        description = {
            "The albums of this library, with how many photos each holds.",
            "'fovea album' makes and changes them; 'fovea search --album NAME' searches inside one."
        })
final class AlbumsCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print one JSON array of albums.")
    boolean json;

    /** The JSON shape; {@code cover_hash} names the cover's thumbnail, null for an album with no photo now. */
    record JsonAlbum(String name, long photos, String coverHash) {}

    @Override
    public Integer call() {
        List<AlbumRow> albums;
        try (Library library = Library.open(home().root())) {
            albums = library.albums().list();
        }
        if (json) {
            out().println(Json.line(albums.stream()
                    .map(album -> new JsonAlbum(album.name(), album.photos(), album.coverHash()))
                    .toList()));
        } else if (albums.isEmpty()) {
            err().println("No albums yet. Make one with: fovea album create NAME");
        } else {
            for (AlbumRow album : albums) {
                out().println(String.format(Locale.ROOT, "%7d  %s", album.photos(), album.name()));
            }
        }
        out().flush();
        err().flush();
        return FoveaCli.OK;
    }
}
