package dev.fovea.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MojibakeDetectorTest {

    @Test
    void categoryTableHoldsExactlyTheCharactersOfTheCategoryClasses() {
        Pattern anyCategory = MojibakeDetector.anyCategory();
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            boolean inClass = !Character.isSurrogate((char) c)
                    && anyCategory.matcher(String.valueOf((char) c)).matches();
            if (inClass != MojibakeDetector.inAnyCategory((char) c)) {
                wrong.add(String.format("U+%04X", c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The cheap check before the regex may only skip text that the regex would not match anyway. */
    @Test
    void quickCheckNeverHidesAMatch() {
        List<String> missed = new ArrayList<>();
        int bad = 0;
        for (String text : ParityStrings.all()) {
            if (MojibakeDetector.Compiled.IS_BAD.matcher(text).find()) {
                bad++;
                if (!MojibakeDetector.isBad(text)) {
                    missed.add(ClipTokenizerParityTest.escape(text));
                }
            }
        }
        assertThat(bad).isGreaterThan(100);
        assertThat(missed).isEmpty();
    }

    @Test
    void flagsMojibakeAndNotSoundText() {
        assertThat(MojibakeDetector.isBad("caf\u00C3\u00A9")).isTrue();
        assertThat(MojibakeDetector.isBad("don\u00E2\u20AC\u2122t")).isTrue();
        assertThat(MojibakeDetector.isBad("\u0093quoted\u0094")).isTrue();
        assertThat(MojibakeDetector.isBad("caf\u00E9 cr\u00E8me br\u00FBl\u00E9e"))
                .isFalse();
        assertThat(MojibakeDetector.isBad("\u041F\u0440\u0438\u0432\u0435\u0442 \u043C\u0438\u0440"))
                .isFalse();
        assertThat(MojibakeDetector.isBad("\u5317\u4EAC \uD83C\uDF55")).isFalse();
    }
}
