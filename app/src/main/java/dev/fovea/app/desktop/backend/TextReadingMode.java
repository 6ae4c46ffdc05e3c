package dev.fovea.app.desktop.backend;

/** Which photos indexing reads the text of, as the settings page offers it. */
public enum TextReadingMode {
    /** Photos that look like they hold text: screenshots, documents, receipts, signs, ... */
    AUTO,
    ALL,
    OFF
}
