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
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fovea text PHOTO}: the words of a photo, with confidence and boxes, read as indexing reads them. */
class TextCommandTest {
    @TempDir
    static Path temp;

    private static final CliConsole CLI = new CliConsole();
    private static Path receipt;

    @BeforeAll
    static void writeAPhotoOfText() throws Exception {
        try {
            TessdataLocation.find();
        } catch (FoveaException missing) {
            assumeTrue(false, missing.getMessage());
        }
        receipt = temp.resolve("receipt.jpg");
        Spec spec = new Spec(
                "receipt",
                List.of("wifi password", "Rua Augusta"),
                "SansSerif",
                40,
                15,
                Background.PLAIN,
                Color.WHITE,
                Color.BLACK,
                900,
                600);
        ImageIO.write(TextPictures.render(spec), "jpg", receipt.toFile());
    }

    private static int run(String... args) {
        List<String> all =
                new ArrayList<>(List.of("--home", temp.resolve("home").toString(), "text"));
        all.addAll(List.of(args));
        return CLI.run(all.toArray(String[]::new));
    }

    @Test
    void printsEachWordWithItsConfidenceAndBoxAsJson() throws Exception {
        assertThat(run("--json", receipt.toString())).as(CLI.err()).isZero();

        JsonNode photo = Json.mapper().readTree(CLI.out());
        assertThat(photo.get("photo").asText()).isEqualTo(receipt.toString());
        assertThat(photo.get("reader").asText()).startsWith("tesseract-");
        assertThat(photo.get("text").asText()).isEqualTo("wifi password\nRua Augusta");
        List<String> words = new ArrayList<>();
        for (JsonNode word : photo.get("words")) {
            words.add(word.get("text").asText());
            assertThat(word.get("confidence").asDouble()).isBetween(70.0, 100.0);
            JsonNode box = word.get("box");
            assertThat(box.get("x").asDouble()).isBetween(0.0, 1.0);
            assertThat(box.get("y").asDouble()).isBetween(0.0, 1.0);
            assertThat(box.get("width").asDouble()).isBetween(0.01, 1.0);
            assertThat(box.get("height").asDouble()).isBetween(0.01, 1.0);
        }
        assertThat(words).containsExactly("wifi", "password", "Rua", "Augusta");
        assertThat(photo.get("words").get(0).get("line").asInt()).isZero();
        assertThat(photo.get("words").get(3).get("line").asInt()).isEqualTo(1);
    }

    @Test
    void printsOneLineAWordForPeople() {
        assertThat(run(receipt.toString())).as(CLI.err()).isZero();

        assertThat(CLI.out()).contains("4 words").containsPattern("Augusta +line 1 +confidence +\\d+\\.\\d +box 0\\.");
    }

    @Test
    void aFileThatIsNoPictureIsReportedAndTheOthersStillRead() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.jpg"), "not a picture");

        assertThat(run("--json", notes.toString(), receipt.toString())).isEqualTo(FoveaCli.FAILURE);

        assertThat(CLI.err()).contains("notes.jpg");
        assertThat(Json.mapper().readTree(CLI.out()).get("photo").asText()).isEqualTo(receipt.toString());
    }

    @Test
    void aMissingPhotoSaysSo() {
        assertThat(run(temp.resolve("gone.jpg").toString())).isNotZero();

        assertThat(CLI.err()).contains("gone.jpg").contains("no such photo");
    }
}
