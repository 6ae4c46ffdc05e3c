package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fovea duplicates with the fixture model: a red photo, its exact copy and a smaller re-encoding form one group,
 * best first (most pixels, then the earlier path); photos of other colours are in none.
 */
class DuplicatesCommandTest {
    @TempDir
    Path temp;

    Path home;
    Path photos;
    private final CliConsole cli = new CliConsole();

    @BeforeEach
    void library() throws Exception {
        home = temp.resolve("home");
        photos = temp.resolve("photos");
        SolidPhotos.write(photos.resolve("a"), 640, 480, Color.RED, Color.GREEN, Color.BLUE);
        Files.createDirectories(photos.resolve("b"));
        Files.copy(photos.resolve("a/photo0.jpg"), photos.resolve("b/copy.jpg"));
        SolidPhotos.write(photos.resolve("small"), 160, 120, Color.RED);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void groupsCopiesAndReEncodingsBestFirst() throws Exception {
        assertThat(run("--model-dir", TestData.fixtureModel().toString(), "index", photos.toString()))
                .as(cli.err())
                .isZero();

        assertThat(run("duplicates", "--json")).as(cli.err()).isZero();
        JsonNode groups = Json.mapper().readTree(cli.out());
        assertThat(groups).hasSize(1);
        JsonNode members = groups.get(0).get("photos");
        assertThat(members).hasSize(3);
        assertThat(members.get(0).get("path").asText())
                .isEqualTo(photos.resolve("a/photo0.jpg").toString());
        assertThat(members.get(0).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(members.get(1).get("path").asText())
                .isEqualTo(photos.resolve("b/copy.jpg").toString());
        assertThat(members.get(1).get("exact_copy").asBoolean()).isTrue();
        assertThat(members.get(2).get("path").asText())
                .isEqualTo(photos.resolve("small/photo0.jpg").toString());
        assertThat(members.get(2).get("exact_copy").asBoolean()).isFalse();
        assertThat(members.get(2).get("similarity").asDouble()).isBetween(0.95, 1.0);
        members.forEach(member -> assertThat(member.get("id").asLong()).isPositive());

        assertThat(run("duplicates")).isZero();
        assertThat(cli.out()).contains("3 photos:").contains("best  " + photos.resolve("a/photo0.jpg"));
        assertThat(Files.exists(photos.resolve("b/copy.jpg")))
                .as("nothing is deleted")
                .isTrue();
    }

    @Test
    void anEmptyLibraryHasNoGroupsAndABadThresholdIsAUsageError() throws Exception {
        assertThat(run("duplicates", "--json")).as(cli.err()).isZero();
        assertThat(Json.mapper().readTree(cli.out())).isEmpty();
        assertThat(run("duplicates", "--threshold", "1.5")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("--threshold must be above 0 and at most 1");
    }
}
