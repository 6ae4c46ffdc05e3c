package dev.fovea.indexer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.fovea.indexer.text.RecognisedText;
import dev.fovea.indexer.text.RecognisedWord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's verdicts on new content, as the result writer records them. */
class TextTableTest {
    @TempDir
    Path temp;

    @Test
    void aVerdictIsRecordedForContentWithoutOutcomeButNeverReplacesOne() {
        RecognisedText read = new RecognisedText(List.of(new RecognisedWord("Augusta", 0, 0, 0, 10, 10, 91f)));
        try (Catalog catalog = Catalog.open(temp.resolve("catalog.db"))) {
            catalog.write(c -> {
                TextTable.putGateVerdict(c, "new", TextTable.Outcome.PASSED, "gate-2");
                TextTable.put(c, "known", TextTable.Outcome.READ, "tesseract", read);
                TextTable.putGateVerdict(c, "known", TextTable.Outcome.GATED, "gate-2");
                return null;
            });
            Optional<TextTable.Outcome> newOutcome = catalog.read(c -> TextTable.outcome(c, "new"));
            Optional<RecognisedText> newText = catalog.read(c -> TextTable.text(c, "new"));
            Optional<TextTable.Outcome> knownOutcome = catalog.read(c -> TextTable.outcome(c, "known"));
            Optional<RecognisedText> knownText = catalog.read(c -> TextTable.text(c, "known"));
            assertThat(newOutcome).contains(TextTable.Outcome.PASSED);
            assertThat(newText).contains(RecognisedText.NONE);
            assertThat(knownOutcome).contains(TextTable.Outcome.READ);
            assertThat(knownText.orElseThrow().text()).isEqualTo("Augusta");
        }
    }

    @Test
    void onlyAGateDecides() {
        try (Catalog catalog = Catalog.open(temp.resolve("catalog.db"))) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> catalog.write(c -> {
                        TextTable.putGateVerdict(c, "new", TextTable.Outcome.READ, "gate-2");
                        return null;
                    }))
                    .withMessageContaining("Not a gate's verdict");
        }
    }
}
