package dev.fovea.search.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fovea.search.FoveaException;
import dev.fovea.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyReaderTest {
    private static final Path FIXTURE_VOCABULARY = TestData.fixtureModel().resolve("bpe_fixture_vocab.txt.gz");

    @TempDir
    Path dir;

    @Test
    void readsPlainTextLikeGzip() throws IOException {
        Path plain = dir.resolve("vocab.txt");
        try (GZIPInputStream in =
                new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(FIXTURE_VOCABULARY)))) {
            Files.write(plain, in.readAllBytes());
        }
        assertThat(ClipTokenizer.load(plain).encode("red, grey & blue"))
                .isEqualTo(ClipTokenizer.load(FIXTURE_VOCABULARY).encode("red, grey & blue"));
    }

    @Test
    void aFinalNewlineIsOneMoreEmptyTokenAsInOpenClip() throws IOException {
        Path withNewline = dir.resolve("vocab.txt");
        Files.writeString(withNewline, "#version: 0.2\nr e\nre d</w>\n");
        ClipTokenizer tokenizer = ClipTokenizer.load(withNewline);
        assertThat(tokenizer.startToken()).isEqualTo(512 + 3);
        assertThat(tokenizer.encode("red")[1]).isEqualTo(512 + 1);
    }

    @Test
    void readsAHuggingFaceTokenizerJsonWithTheSameIds() throws IOException {
        BpeVocabulary vocabulary = VocabularyReader.read(FIXTURE_VOCABULARY);
        Path json = dir.resolve("tokenizer.json");
        writeTokenizerJson(vocabulary, json);
        ClipTokenizer fromJson = ClipTokenizer.load(json);
        ClipTokenizer fromMerges = ClipTokenizer.load(FIXTURE_VOCABULARY);
        assertThat(fromJson.startToken()).isEqualTo(fromMerges.startToken());
        assertThat(fromJson.endToken()).isEqualTo(fromMerges.endToken());
        for (String text : ParityStrings.all().subList(0, 300)) {
            assertThat(fromJson.encode(text)).as(text).isEqualTo(fromMerges.encode(text));
        }
    }

    @Test
    void missingFileIsNamedInTheError() {
        Path missing = dir.resolve("nope.txt.gz");
        assertThatThrownBy(() -> ClipTokenizer.load(missing))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("Cannot read");
    }

    @Test
    void invalidFilesAreRefusedWithWhatIsWrong() throws IOException {
        assertRefused("notes.txt", "just some text\nwith lines\n".getBytes(StandardCharsets.UTF_8), "first line");
        assertRefused("bad-merge.txt", "#version: 0.2\nr e x\n".getBytes(StandardCharsets.UTF_8), "line 2");
        assertRefused("latin1.txt", new byte[] {'#', 'v', (byte) 0xE9}, "not UTF-8");
        assertRefused("broken.json", "{\"model\": ".getBytes(StandardCharsets.UTF_8), "not valid JSON");
        assertRefused(
                "other.json",
                "{\"model\": {\"type\": \"WordPiece\"}}".getBytes(StandardCharsets.UTF_8),
                "no BPE model");
        assertRefused("truncated.gz", Arrays.copyOf(Files.readAllBytes(FIXTURE_VOCABULARY), 40), "Cannot read");
    }

    private void assertRefused(String name, byte[] content, String reason) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        assertThatThrownBy(() -> ClipTokenizer.load(file))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(reason);
    }

    /** A tokenizer.json as Hugging Face writes CLIP's: its own ids, merges as pairs, special added tokens. */
    private static void writeTokenizerJson(BpeVocabulary vocabulary, Path json) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode model = root.putObject("model");
        model.put("type", "BPE");
        ObjectNode vocab = model.putObject("vocab");
        vocabulary.ids().entrySet().stream()
                .filter(entry -> entry.getValue() < vocabulary.startToken())
                .sorted(Map.Entry.comparingByValue())
                .forEach(entry -> vocab.put(entry.getKey(), entry.getValue()));
        ArrayNode merges = model.putArray("merges");
        vocabulary.mergeRanks().entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getValue))
                .forEach(entry -> merges.addArray()
                        .add(entry.getKey().split(" ")[0])
                        .add(entry.getKey().split(" ")[1]));
        ArrayNode added = root.putArray("added_tokens");
        added.addObject()
                .put("id", vocabulary.startToken())
                .put("content", "<|startoftext|>")
                .put("special", true);
        added.addObject()
                .put("id", vocabulary.endToken())
                .put("content", "<|endoftext|>")
                .put("special", true);
        mapper.writeValue(json.toFile(), root);
    }
}
