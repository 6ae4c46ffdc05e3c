package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fovea albums, fovea album ... and search --album over four single-colour photos with the fixture model. */
class AlbumCommandsTest {
    @TempDir
    Path temp;

    Path home;
    Path photos;
    private final CliConsole cli = new CliConsole();

    @BeforeEach
    void library() throws Exception {
        home = temp.resolve("home");
        photos = SolidPhotos.write(temp.resolve("photos"), 320, 240, Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW);
        assertThat(run("--model-dir", model(), "index", photos.toString()))
                .as(cli.err())
                .isZero();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private static String model() {
        return TestData.fixtureModel().toString();
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(cli.out());
    }

    private List<String> paths(JsonNode rows) {
        List<String> paths = new ArrayList<>();
        rows.forEach(row -> paths.add(row.get("path").asText()));
        return paths;
    }

    private String photo(int i) {
        return photos.resolve("photo" + i + ".jpg").toString();
    }

    @Test
    void makeFillListShowAndSearchInsideAnAlbum() throws Exception {
        assertThat(run("albums")).isZero();
        assertThat(cli.err()).contains("No albums yet").contains("fovea album create");

        assertThat(run("album", "create", "Warm colours")).as(cli.err()).isZero();
        assertThat(run("album", "add", "warm colours", photo(0), photo(3)))
                .as(cli.err())
                .isZero();
        assertThat(cli.err()).contains("2 photo(s) added to 'Warm colours'");

        assertThat(run("albums", "--json")).isZero();
        JsonNode albums = json();
        assertThat(albums).hasSize(1);
        assertThat(albums.get(0).get("name").asText()).isEqualTo("Warm colours");
        assertThat(albums.get(0).get("photos").asLong()).isEqualTo(2);

        assertThat(run("album", "show", "Warm colours", "--json")).isZero();
        assertThat(paths(json())).containsExactly(photo(0), photo(3));

        assertThat(run("--model-dir", model(), "search", "--json", "--all", "--album", "Warm colours", "blue"))
                .as(cli.err())
                .isZero();
        assertThat(paths(json())).isNotEmpty().isSubsetOf(photo(0), photo(3));
        assertThat(run("--model-dir", model(), "search", "--json", "--all", "blue"))
                .isZero();
        assertThat(paths(json())).as("without the album, blue is found").contains(photo(2));

        assertThat(run("album", "remove", "Warm colours", photo(3), photo(1)))
                .as(cli.err())
                .isZero();
        assertThat(cli.err()).contains("1 photo(s) taken out").contains("1 were not in it");
        assertThat(run("album", "show", "Warm colours")).isZero();
        assertThat(cli.out().strip()).isEqualTo(photo(0));

        assertThat(run("album", "rename", "Warm colours", "Red")).as(cli.err()).isZero();
        assertThat(run("album", "delete", "red")).as(cli.err()).isZero();
        assertThat(cli.err()).contains("'Red' deleted");
        assertThat(Files.exists(Path.of(photo(0))))
                .as("deleting an album keeps its photos")
                .isTrue();
        assertThat(run("albums", "--json")).isZero();
        assertThat(json()).isEmpty();
    }

    @Test
    void anAlbumKeepsAPhotoThatWasMovedAndIndexedAgain() throws Exception {
        assertThat(run("album", "create", "Keep")).isZero();
        assertThat(run("album", "add", "Keep", photo(1))).isZero();
        Path moved = Files.createDirectories(photos.resolve("sorted")).resolve("green.jpg");
        Files.move(Path.of(photo(1)), moved);
        assertThat(run("--model-dir", model(), "index", photos.toString()))
                .as(cli.err())
                .isZero();

        assertThat(run("album", "show", "Keep", "--json")).isZero();
        assertThat(paths(json())).containsExactly(moved.toString());
    }

    @Test
    void mistakesSayWhatWasWrong() throws Exception {
        assertThat(run("album")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("Name an album").contains("create, save, rename, move, delete, add or remove");

        assertThat(run("album", "add", "Nope", photo(0))).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("no album called 'Nope'").contains("fovea albums");

        assertThat(run("album", "create", "Trip")).isZero();
        assertThat(run("album", "create", "TRIP")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("already an album called 'Trip'");

        Path outside = SolidPhotos.write(temp.resolve("elsewhere"), 64, 64, Color.BLACK)
                .resolve("photo0.jpg");
        assertThat(run("album", "add", "Trip", outside.toString())).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains(outside.toString()).contains("is not in the library");
        assertThat(run("album", "add", "Trip")).isEqualTo(FoveaCli.USAGE);
        assertThat(run("album", "add", "Trip", "--id", "999999")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("photo id 999999 is not in the library");

        assertThat(run("--model-dir", model(), "search", "--album", "Nope", "red"))
                .isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("no album called 'Nope'");
        assertThat(run("album", "show", "Trip")).isZero();
        assertThat(cli.err()).contains("The album has no photos now");
    }

    @Test
    void savedSearchesAndFoundAlbumsAreListedAndShownLikeTheOthers() throws Exception {
        assertThat(run("album", "create", "Mine")).isZero();
        assertThat(run("album", "add", "Mine", photo(1))).isZero();
        assertThat(run("album", "save", "Blues", "blue")).as(cli.err()).isZero();
        assertThat(cli.err()).contains("Search saved as 'Blues'");
        assertThat(run("album", "save", "Taken lately", "red", "--after", "2000-01-01"))
                .as(cli.err())
                .isZero();

        assertThat(run("--model-dir", model(), "albums", "--json"))
                .as(cli.err())
                .isZero();
        JsonNode albums = json();
        assertThat(albums.get(0).get("name").asText()).isEqualTo("Mine");
        assertThat(albums.get(0).get("kind").asText()).isEqualTo("album");
        assertThat(albums.get(1).get("name").asText()).isEqualTo("Blues");
        assertThat(albums.get(1).get("kind").asText()).isEqualTo("search");
        assertThat(albums.get(1).get("query").asText()).isEqualTo("blue");
        assertThat(albums.get(1).get("photos").asLong()).isPositive();
        assertThat(albums.get(1).get("cover_hash").isNull()).isFalse();
        for (JsonNode album : albums) {
            if (album.get("kind").asText().equals("category")) {
                assertThat(album.get("photos").asLong())
                        .as("a category is listed only when it has photos")
                        .isPositive();
            }
        }

        assertThat(run("--model-dir", model(), "album", "Blues", "--json"))
                .as(cli.err())
                .isZero();
        List<String> blues = paths(json());
        assertThat(blues).isNotEmpty().first().isEqualTo(photo(2));
        assertThat(run("album", "Mine")).as(cli.err()).isZero();
        assertThat(cli.out().strip()).as("an album made by hand needs no model").isEqualTo(photo(1));
        assertThat(run("--model-dir", model(), "search", "--json", "--all", "--album", "Blues", "red"))
                .as(cli.err())
                .isZero();
        assertThat(paths(json())).as("searching inside a saved search").isSubsetOf(blues);

        assertThat(run("album", "move", "Taken lately", "1")).as(cli.err()).isZero();
        assertThat(cli.err()).contains("Taken lately, Mine, Blues");
        assertThat(run("album", "rename", "Blues", "Sky")).as(cli.err()).isZero();
        assertThat(run("albums")).as(cli.err()).isZero();
        assertThat(cli.err())
                .as("without the model, saved searches are listed uncounted")
                .contains("without counts");
        assertThat(cli.out().lines().map(String::strip).toList())
                .startsWith("?  Taken lately  (search: red)", "1  Mine", "?  Sky  (search: blue)");

        assertThat(run("album", "add", "Sky", photo(0))).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("'Sky' is a saved search");
        assertThat(run("album", "save", "Nothing")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("nothing to save");
        assertThat(run("album", "move", "Sky", "0")).isEqualTo(FoveaCli.USAGE);
        assertThat(run("album", "delete", "Sky")).as(cli.err()).isZero();
        assertThat(run("--model-dir", model(), "album", "Nope")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("no album called 'Nope'");
    }
}
