package dev.fovea.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.testing.TestData;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's framing and splitting rules, on the committed fixture vocabulary (always present) and on
 * CLIP's (skipped without it). Expected ids are derived from the tokenizer's own output for the parts, or
 * from how open_clip numbers a merges file: never typed in.
 */
class ClipTokenizerTest {
    private static final ClipTokenizer FIXTURE =
            ClipTokenizer.load(TestData.fixtureModel().resolve("bpe_fixture_vocab.txt.gz"));

    @Test
    void startAndEndAreTheLastTwoIdsOfTheVocabulary() {
        BpeVocabulary vocabulary = VocabularyReader.read(TestData.fixtureModel().resolve("bpe_fixture_vocab.txt.gz"));
        int size = vocabulary.ids().size();
        assertThat(FIXTURE.startToken()).isEqualTo(size - 2);
        assertThat(FIXTURE.endToken()).isEqualTo(size - 1);
        assertThat(FIXTURE.contextLength()).isEqualTo(77);
    }

    @Test
    void colourWordsOfTheFixtureAreSingleTokens() {
        for (String colour : new String[] {
            "red", "green", "blue", "yellow", "orange", "purple", "pink", "white", "black", "gray", "grey", "brown",
            "cyan"
        }) {
            assertThat(content(FIXTURE, colour)).as(colour).hasSize(1);
        }
        assertThat(content(FIXTURE, "Red, GREEN!"))
                .containsExactly(
                        single(FIXTURE, "red"), single(FIXTURE, ","), single(FIXTURE, "green"), single(FIXTURE, "!"));
    }

    @Test
    void framesWithStartAndEndAndPadsWithZero() {
        int[] ids = FIXTURE.encode("red");
        assertThat(ids).hasSize(77);
        assertThat(ids[0]).isEqualTo(FIXTURE.startToken());
        assertThat(ids[2]).isEqualTo(FIXTURE.endToken());
        assertThat(Arrays.copyOfRange(ids, 3, 77)).containsOnly(0);
    }

    @Test
    void emptyAndBlankTextIsJustStartAndEnd() {
        for (String nothing : new String[] {"", "   ", "\n\t", "\u0000"}) {
            int[] ids = FIXTURE.encode(nothing);
            assertThat(ids[0]).isEqualTo(FIXTURE.startToken());
            assertThat(ids[1]).isEqualTo(FIXTURE.endToken());
            assertThat(Arrays.copyOfRange(ids, 2, 77)).containsOnly(0);
        }
    }

    @Test
    void truncatesLongTextKeepingTheEndTokenLast() {
        int[] ids = FIXTURE.encode("red ".repeat(100));
        assertThat(ids).hasSize(77);
        assertThat(ids[76]).isEqualTo(FIXTURE.endToken());
        assertThat(Arrays.copyOfRange(ids, 1, 76)).containsOnly(single(FIXTURE, "red"));
    }

    @Test
    void seventyFiveWordsFitExactly() {
        int[] ids = FIXTURE.encode("red ".repeat(75));
        assertThat(ids[76]).isEqualTo(FIXTURE.endToken());
        assertThat(IntStream.of(ids).filter(id -> id == single(FIXTURE, "red")).count())
                .isEqualTo(75);
    }

    @Test
    void digitsAreOneTokenEach() {
        assertThat(content(FIXTURE, "2021"))
                .containsExactly(
                        single(FIXTURE, "2"), single(FIXTURE, "0"), single(FIXTURE, "2"), single(FIXTURE, "1"));
    }

    @Test
    void contractionsSplitOffAfterTheLetters() {
        int[] dont = content(FIXTURE, "don't");
        int[] expected = concat(content(FIXTURE, "don"), content(FIXTURE, "'t"));
        assertThat(dont).containsExactly(expected);
        // A contraction is matched first, even at the start of a word: "'sun" is "'s" + "un".
        assertThat(content(FIXTURE, "'sun")).containsExactly(concat(content(FIXTURE, "'s"), content(FIXTURE, "un")));
    }

    @Test
    void specialTokenStringsAreTheSpecialTokens() {
        assertThat(content(FIXTURE, "<start_of_text>")).containsExactly(FIXTURE.startToken());
        assertThat(Arrays.copyOf(FIXTURE.encode("red <end_of_text>"), 5))
                .containsExactly(
                        FIXTURE.startToken(), single(FIXTURE, "red"), FIXTURE.endToken(), FIXTURE.endToken(), 0);
        assertThat(content(FIXTURE, "<|endoftext|>")).doesNotContain(FIXTURE.endToken());
    }

    @Test
    void runsOfSymbolsStayTogetherAndWhitespaceSeparates() {
        // One word "!?" ends in "?</w>" only; the two words "! ?" end in "!</w>" and "?</w>".
        assertThat(content(FIXTURE, "!?")).isNotEqualTo(content(FIXTURE, "! ?"));
        assertThat(content(FIXTURE, "red!?")).containsExactly(concat(content(FIXTURE, "red"), content(FIXTURE, "!?")));
        assertThat(content(FIXTURE, "red\t\u00A0 blue"))
                .containsExactly(concat(content(FIXTURE, "red"), content(FIXTURE, "blue")));
    }

    @Test
    void clipVocabularyHas49408TokensWithOpenAisSpecialIds() {
        ClipTokenizer clip = ClipTokenizer.load(TestData.clipVocabulary());
        assertThat(clip.startToken()).isEqualTo(49406);
        assertThat(clip.endToken()).isEqualTo(49407);
        assertThat(content(clip, "a photo of a dog")).hasSize(5);
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String[] texts =
                IntStream.range(0, 200).mapToObj(i -> "red " + i + " blue" + i).toArray(String[]::new);
        int[][] sequential = Arrays.stream(texts).map(FIXTURE::encode).toArray(int[][]::new);
        ClipTokenizer fresh = ClipTokenizer.load(TestData.fixtureModel().resolve("bpe_fixture_vocab.txt.gz"));
        int[][] parallel = Arrays.stream(texts).parallel().map(fresh::encode).toArray(int[][]::new);
        assertThat(parallel).isDeepEqualTo(sequential);
    }

    private static int[] content(ClipTokenizer tokenizer, String text) {
        int[] ids = tokenizer.encode(text);
        int end = 1;
        while (ids[end] != tokenizer.endToken()) {
            end++;
        }
        return Arrays.copyOfRange(ids, 1, end);
    }

    private static int single(ClipTokenizer tokenizer, String text) {
        int[] ids = content(tokenizer, text);
        return ids.length == 1 ? ids[0] : -1;
    }

    private static int[] concat(int[] first, int[] second) {
        return IntStream.concat(IntStream.of(first), IntStream.of(second)).toArray();
    }
}
