package dev.fovea.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.fovea.testing.PythonTools;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input on which Fovea knowingly differs from open_clip is explained in docs/tokenizer.md. */
class KnownDeviationsTest {
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @TempDir
    Path work;

    @Test
    void everyDeviationIsDocumentedWithItsCodePoints() throws IOException {
        String doc = Files.readString(TestData.repoRoot().resolve("docs/tokenizer.md"));
        for (Map.Entry<String, String> deviation : KnownDeviations.INPUTS.entrySet()) {
            assertThat(doc).contains("## " + deviation.getValue());
            deviation.getKey().codePoints().forEach(c -> assertThat(doc).contains(String.format("U+%04X", c)));
        }
    }

    /** Keeps the list honest: an input open_clip now tokenizes like Fovea is no deviation. */
    @Test
    void everyDeviationStillDeviates() throws IOException {
        List<String> inputs = new ArrayList<>(KnownDeviations.INPUTS.keySet());
        Path texts = work.resolve("texts.json");
        Files.writeString(texts, JSON.writeValueAsString(inputs));
        Path vocabulary = TestData.clipVocabulary();
        JsonNode results = JSON.readTree(PythonTools.run(
                        "reference", "tokenize", "--vocab", vocabulary.toString(), "--texts-json", texts.toString()))
                .get("results");
        ClipTokenizer tokenizer = ClipTokenizer.load(vocabulary);
        for (int i = 0; i < inputs.size(); i++) {
            int[] openClip = JSON.convertValue(results.get(i).get("ids"), int[].class);
            assertThat(tokenizer.encode(inputs.get(i)))
                    .as(ClipTokenizerParityTest.escape(inputs.get(i)))
                    .isNotEqualTo(openClip);
        }
    }
}
