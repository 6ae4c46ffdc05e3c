package dev.fovea.indexer.text;

/**
 * One word read in a photo, with its box in ten-thousandths of the upright picture's width and height, so it
 * outlines the word at whatever size the photo is shown.
 *
 * @param line the word's line, counted from 0 in reading order
 * @param confidence Tesseract's confidence, 0 to 100
 */
public record RecognisedWord(String text, int line, int x, int y, int width, int height, float confidence) {
    /** Boxes are in this many parts of the picture's width and height. */
    public static final int BOX_SCALE = 10_000;
}
