package dev.fovea.indexer.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.search.FoveaException;

/** Tests that need Tesseract's language data skip, saying how to install it, on a machine without it. */
public final class TextReaderFixture {
    private TextReaderFixture() {}

    public static TextReader openOrSkip() {
        try {
            return TextReader.open();
        } catch (FoveaException missing) {
            assumeTrue(false, missing.getMessage());
            throw missing;
        }
    }

    public static boolean languageDataInstalled() {
        try {
            TessdataLocation.find();
            return true;
        } catch (FoveaException missing) {
            return false;
        }
    }
}
