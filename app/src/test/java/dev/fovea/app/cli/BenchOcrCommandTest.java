package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.text.TessdataLocation;
import dev.fovea.search.FoveaException;
import dev.fovea.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOcrCommandTest {
    static final String TRUTH = "/dev/fovea/app/cli/bench/camera-photos-text.tsv";

    @TempDir
    Path temp;

    @Test
    void measuresReadingTheGateAndIndexingSpeedWithTextOffAutoAndAll() throws Exception {
        try {
            TessdataLocation.find();
        } catch (FoveaException missing) {
            assumeTrue(false, missing.getMessage());
        }
        CliConsole cli = new CliConsole();
        int code = cli.run(
                "--home",
                temp.resolve("home").toString(),
                "--model-dir",
                TestData.fixtureModel().toString(),
                "bench",
                "ocr",
                "--json",
                "--library",
                "5",
                "--rounds",
                "2",
                "--work-dir",
                temp.toString());
        assertThat(code).as(cli.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : cli.out().lines().toList()) {
            rows.add(Json.mapper().readTree(line));
        }
        Map<String, JsonNode> byCase = rows.stream()
                .filter(row -> !row.get("case").asText().equals("ocr-index-round"))
                .collect(Collectors.toMap(row -> row.get("case").asText(), row -> row));
        List<JsonNode> rounds = rows.stream()
                .filter(row -> row.get("case").asText().equals("ocr-index-round"))
                .toList();

        JsonNode generated = byCase.get("ocr-generated");
        assertThat(generated.get("pictures").asInt()).isEqualTo(17);
        // Accents are sometimes dropped (search folds them anyway), so recall with accents folded is the higher.
        assertThat(generated.get("word_recall").asDouble()).isGreaterThan(0.75);
        assertThat(generated.get("word_recall_accents_folded").asDouble()).isGreaterThan(0.9);
        assertThat(generated.get("cer").asDouble()).isLessThan(0.1);
        // Tesseract on its own, in the same run, reads none of the turned or grainy pictures.
        assertThat(generated.get("word_recall_unlevelled").asDouble())
                .isLessThan(generated.get("word_recall").asDouble() - 0.2);
        for (String angle : List.of("15", "30", "45")) {
            JsonNode byAngle = generated.get("word_recall_by_angle").get(angle);
            assertThat(byAngle.get("word_recall").asDouble()).as(angle).isGreaterThanOrEqualTo(0.5);
            assertThat(byAngle.get("word_recall_unlevelled").asDouble())
                    .as(angle)
                    .isLessThan(0.5);
        }
        for (String grainy : List.of("ocr-generated-background-noisy", "ocr-generated-background-noisy-turned-20")) {
            assertThat(byCase.get(grainy).get("word_recall_accents_folded").asDouble())
                    .as(grainy)
                    .isGreaterThanOrEqualTo(0.8);
            assertThat(byCase.get(grainy).get("word_recall_unlevelled").asDouble())
                    .as(grainy)
                    .isZero();
        }
        assertThat(generated.get("words_read_in_text_free_pictures").asInt()).isZero();
        // The gate's detector, on the thumbnails as the decode workers and as the text stage see them: only the 18 px
        // print is lost at that size.
        assertThat(generated.get("gate_recall").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(generated.get("gate_passes_of_pictures_without_text").asInt())
                .isZero();
        assertThat(generated.get("gate_recall_stored_thumbnail").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(generated
                        .get("gate_passes_of_pictures_without_text_stored_thumbnail")
                        .asInt())
                .isZero();
        assertThat(generated
                        .get("detector_by_long_side")
                        .get("640")
                        .get("recall")
                        .asDouble())
                .isEqualTo(1.0);
        assertThat(byCase.get("ocr-generated-base")
                        .get("word_recall_accents_folded")
                        .asDouble())
                .isEqualTo(1.0);
        assertThat(byCase.get("ocr-generated-angle-180")
                        .get("word_recall_accents_folded")
                        .asDouble())
                .isEqualTo(1.0);

        assertThat(byCase.get("ocr-index-off").get("vs_text_off").asDouble()).isEqualTo(1.0);
        assertThat(byCase.get("ocr-index-off").get("text_read").asInt()).isZero();
        assertThat(byCase.get("ocr-index-all").get("text_read").asInt()).isEqualTo(5);
        assertThat(byCase.get("ocr-index-auto").get("text_read").asInt())
                .as("the detector passes the photo of text and none of the others")
                .isEqualTo(1);
        assertThat(byCase.get("ocr-index-auto-exact-gate").get("text_read").asInt())
                .as("one photo in five holds text, and only it is read")
                .isEqualTo(1);
        assertThat(byCase.get("ocr-index-all").get("vs_text_off").asDouble()).isPositive();
        // Two rounds of the four cases, alternated, each ratio against its own round's text-off run.
        assertThat(rounds)
                .extracting(row -> row.get("text").asText())
                .containsExactly("off", "auto", "auto-exact-gate", "all", "off", "auto", "auto-exact-gate", "all");
        assertThat(rounds).extracting(row -> row.get("round").asInt()).containsExactly(1, 1, 1, 1, 2, 2, 2, 2);
        JsonNode auto = byCase.get("ocr-index-auto");
        assertThat(auto.get("rounds").asInt()).isEqualTo(2);
        assertThat(auto.get("vs_text_off_by_round"))
                .extracting(JsonNode::asDouble)
                .containsExactly(
                        rounds.get(1).get("vs_text_off").asDouble(),
                        rounds.get(5).get("vs_text_off").asDouble());
        assertThat(auto.get("vs_text_off").asDouble())
                .as("the median of two rounds is their mean")
                .isCloseTo(
                        (auto.get("vs_text_off_by_round").get(0).asDouble()
                                        + auto.get("vs_text_off_by_round")
                                                .get(1)
                                                .asDouble())
                                / 2,
                        within(0.002));
    }

    @Test
    void theHandWrittenTruthNamesPhotosOfTheSharedCorpus() throws Exception {
        Path corpus = TestData.shared("corpora/camera-photos");
        List<String> lines;
        try (var in = BenchOcrCommandTest.class.getResourceAsStream(TRUTH)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
        assertThat(lines).hasSize(22).allSatisfy(line -> {
            String[] parts = line.split("\t");
            assertThat(parts).hasSize(2);
            assertThat(corpus.resolve(parts[0])).isRegularFile();
            assertThat(parts[1].split(" ")).isNotEmpty();
        });
        assertThat(Files.list(corpus.resolve("CartridgeOCR/imagesForTesting")).count())
                .isPositive();
    }
}
