package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.bench.TextPictures.Background;
import dev.fovea.indexer.bench.TextPictures.Spec;
import dev.fovea.indexer.text.TessdataLocation;
import dev.fovea.search.FoveaException;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the fixture model, which sees only colours, and {@code --ocr all}, a search for a word written in a photo
 * finds that photo first: only its text can tell the photos apart.
 */
class TextSearchCommandTest {
    @TempDir
    static Path temp;

    private static final CliConsole CLI = new CliConsole();

    @BeforeAll
    static void indexPhotosWithText() throws Exception {
        try {
            TessdataLocation.find();
        } catch (FoveaException missing) {
            assumeTrue(false, missing.getMessage());
        }
        Path photos = temp.resolve("photos");
        Files.createDirectories(photos);
        write(photos, "a.jpg", new Color(250, 250, 245), "INVOICE 2023", "pelican trading");
        write(photos, "b.jpg", new Color(235, 245, 255), "wifi password", "zebra lighthouse");
        write(photos, "c.jpg", new Color(255, 240, 230), "Rua Augusta", "promoção de verão");
        write(photos, "d.jpg", new Color(240, 255, 240), "quartz receipts", "total 41.50");
        SolidPhotos.write(photos.resolve("plain"), 400, 300, Color.RED, Color.GREEN, Color.BLUE);
        assertThat(CLI.run(
                        "--home",
                        temp.resolve("home").toString(),
                        "--model-dir",
                        TestData.fixtureModel().toString(),
                        "index",
                        "--ocr",
                        "all",
                        photos.toString()))
                .as(CLI.err())
                .isZero();
        assertThat(CLI.err()).contains("text read in 7");
    }

    private static void write(Path folder, String name, Color paper, String... lines) throws Exception {
        Spec spec = new Spec(name, List.of(lines), "SansSerif", 40, 0, Background.PLAIN, paper, Color.BLACK, 800, 600);
        ImageIO.write(TextPictures.render(spec), "jpg", folder.resolve(name).toFile());
    }

    private static JsonNode search(String... query) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--home",
                temp.resolve("home").toString(),
                "--model-dir",
                TestData.fixtureModel().toString()));
        args.add("search");
        args.add("--json");
        args.addAll(List.of(query));
        assertThat(CLI.run(args.toArray(String[]::new))).as(CLI.err()).isZero();
        return Json.mapper().readTree(CLI.out());
    }

    private static String first(JsonNode rows) {
        return Path.of(rows.get(0).get("path").asText()).getFileName().toString();
    }

    private static List<String> textReasons(JsonNode row) {
        List<String> words = new ArrayList<>();
        row.get("why").forEach(reason -> {
            if (reason.get("kind").asText().equals("photo_text")) {
                words.add(reason.get("matched").asText());
            }
        });
        return words;
    }

    @Test
    void aWordWrittenInAPhotoFindsItFirstAndSaysWhichWordsMatched() throws Exception {
        JsonNode rows = search("pelican");
        assertThat(first(rows)).isEqualTo("a.jpg");
        assertThat(textReasons(rows.get(0))).containsExactly("pelican");

        assertThat(first(search("zebra"))).isEqualTo("b.jpg");
        assertThat(first(search("lighthouse"))).isEqualTo("b.jpg");
    }

    @Test
    void wordsAreStemmedInEnglishAndPortugueseAndAccentsFolded() throws Exception {
        JsonNode receipt = search("receipt");
        assertThat(first(receipt)).isEqualTo("d.jpg");
        assertThat(textReasons(receipt.get(0))).containsExactly("receipts");

        JsonNode promotion = search("promocao");
        assertThat(first(promotion)).isEqualTo("c.jpg");
        assertThat(textReasons(promotion.get(0))).containsExactly("promoção");
        assertThat(first(search("invoices"))).isEqualTo("a.jpg");
    }

    @Test
    void aQuotedPhraseMatchesTheTextOnlyAsWritten() throws Exception {
        JsonNode written = search("\"wifi password\"");
        assertThat(first(written)).isEqualTo("b.jpg");
        assertThat(textReasons(written.get(0))).containsExactly("wifi password");

        JsonNode reversed = search("\"password wifi\"");
        reversed.forEach(row -> assertThat(textReasons(row)).isEmpty());
    }
}
