package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.search.text.ClipTokenizer;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {
    @TempDir
    Path dir;

    private final CliConsole cli = new CliConsole();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void everySharedReferenceCaseTokenizesAsOpenAisTokenizer() throws IOException {
        JsonNode cases = Json.mapper()
                .readTree(TestData.shared("reference/clip-bpe/tokenizer-cases.json")
                        .toFile());
        List<String> args = new ArrayList<>(List.of(
                "tokenize", "--json", "--vocab", TestData.clipVocabulary().toString()));
        cases.forEach(testCase -> args.add(testCase.get("text").asText()));

        assertThat(run(args.toArray(String[]::new))).as(cli.err()).isZero();

        String[] lines = cli.out().split("\\R");
        assertThat(lines).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            int[] expected = Json.mapper().convertValue(cases.get(i).get("ids"), int[].class);
            int[] actual = Json.mapper().readValue(lines[i], int[].class);
            assertThat(actual).as(cases.get(i).get("text").asText()).hasSize(77).isEqualTo(expected);
        }
    }

    @Test
    void findsTheVocabularyThroughTheModelDirectory() throws IOException {
        Path fixture = TestData.fixtureModel();
        assertThat(run("--model-dir", fixture.toString(), "tokenize", "--json", "red", "a blue sky"))
                .as(cli.err())
                .isZero();
        ClipTokenizer tokenizer = ClipTokenizer.load(fixture.resolve("bpe_fixture_vocab.txt.gz"));
        String[] lines = cli.out().split("\\R");
        assertThat(Json.mapper().readValue(lines[0], int[].class)).isEqualTo(tokenizer.encode("red"));
        assertThat(Json.mapper().readValue(lines[1], int[].class)).isEqualTo(tokenizer.encode("a blue sky"));
    }

    @Test
    void withoutJsonPrintsTheIdsBeforeThePadding() {
        Path fixture = TestData.fixtureModel();
        assertThat(run("--model-dir", fixture.toString(), "tokenize", "red")).isZero();
        int[] ids =
                ClipTokenizer.load(fixture.resolve("bpe_fixture_vocab.txt.gz")).encode("red");
        assertThat(cli.out().strip()).isEqualTo(ids[0] + " " + ids[1] + " " + ids[2] + "  (then 74 zeros)");
    }

    @Test
    void withoutAVocabularySaysWhatToPass() {
        assertThat(run("tokenize", "red")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).startsWith("fovea: ").contains("--vocab FILE").contains("--model-dir DIR");
    }

    @Test
    void aDirectoryWithoutManifestIsNamed() {
        assertThat(run("--model-dir", dir.toString(), "tokenize", "red")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err())
                .startsWith("fovea: ")
                .contains(dir.resolve("fovea-model.json").toString())
                .doesNotContain("Exception");
    }

    @Test
    void aManifestPointingOutsideItsDirectoryIsRefused() throws IOException {
        Files.writeString(dir.resolve("fovea-model.json"), "{\"tokenizer\": {\"file\": \"../../etc/passwd\"}}");
        assertThat(run("--model-dir", dir.toString(), "tokenize", "red")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("leaves the directory");
    }

    @Test
    void anUnreadableVocabularyIsNamed() throws IOException {
        Path broken = Files.writeString(dir.resolve("vocab.txt"), "not a vocabulary");
        assertThat(run("tokenize", "--vocab", broken.toString(), "red")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains(broken.toString()).doesNotContain("Exception");
        assertThat(Arrays.stream(cli.err().split("\\R")).filter(line -> !line.isBlank()))
                .hasSize(1);
    }
}
