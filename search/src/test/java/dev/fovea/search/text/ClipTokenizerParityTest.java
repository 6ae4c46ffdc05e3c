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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java tokenizer against open_clip 3.3.0's, run in tools/.venv, on {@link ParityStrings}: every string
 * must give the same 77 ids, except the documented deviations of {@link KnownDeviations}.
 */
class ClipTokenizerParityTest {
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @TempDir
    Path work;

    @Test
    void clipVocabularyGivesOpenClipsIds() throws IOException {
        assertParity(TestData.clipVocabulary());
    }

    @Test
    void fixtureVocabularyGivesOpenClipsIds() throws IOException {
        assertParity(TestData.fixtureModel().resolve("bpe_fixture_vocab.txt.gz"));
    }

    private void assertParity(Path vocabulary) throws IOException {
        List<String> texts = ParityStrings.all();
        JsonNode results = reference(vocabulary, texts);
        ClipTokenizer tokenizer = ClipTokenizer.load(vocabulary);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            JsonNode expected = results.get(i);
            if (KnownDeviations.isKnown(text)) {
                continue;
            }
            compared++;
            int[] expectedIds = JSON.convertValue(expected.get("ids"), int[].class);
            int[] actualIds = tokenizer.encode(text);
            if (!Arrays.equals(expectedIds, actualIds)) {
                mismatches.add(describe(
                        text, expected.get("cleaned").asText(), TextCleaner.clean(text), expectedIds, actualIds));
            }
        }
        assertThat(compared).isGreaterThan(500);
        assertThat(mismatches)
                .as("strings tokenized unlike open_clip (%d of %d)", mismatches.size(), compared)
                .isEmpty();
    }

    private JsonNode reference(Path vocabulary, List<String> texts) throws IOException {
        Path input = work.resolve("texts.json");
        Files.writeString(input, JSON.writeValueAsString(texts));
        JsonNode results = JSON.readTree(PythonTools.run(
                        "reference", "tokenize", "--vocab", vocabulary.toString(), "--texts-json", input.toString()))
                .get("results");
        assertThat(results.size()).isEqualTo(texts.size());
        results.forEach(result -> assertThat(result.has("error"))
                .as("open_clip failed: %s", result)
                .isFalse());
        return results;
    }

    private static String describe(
            String text, String expectedClean, String actualClean, int[] expected, int[] actual) {
        return "\n  " + escape(text) + "\n    open_clip cleaned " + escape(expectedClean) + " -> " + trim(expected)
                + "\n    Fovea     cleaned " + escape(actualClean) + " -> " + trim(actual);
    }

    private static String trim(int[] ids) {
        int end = ids.length;
        while (end > 0 && ids[end - 1] == 0) {
            end--;
        }
        return Arrays.toString(Arrays.copyOf(ids, end));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                escaped.appendCodePoint(c);
            } else {
                escaped.append(String.format("\\u{%X}", c));
            }
        });
        return escaped.append('"').toString();
    }
}
