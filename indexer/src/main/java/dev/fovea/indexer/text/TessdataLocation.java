package dev.fovea.indexer.text;

import dev.fovea.search.FoveaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Tesseract's language data (eng.traineddata, por.traineddata) is: FOVEA_TESSDATA when set, else the folder
 * the Windows and macOS packages carry (their launcher sets {@value #BUNDLED}), else the folders Linux packages
 * (Debian's tesseract-ocr-eng and -por), Homebrew and MacPorts install it in.
 */
public final class TessdataLocation {
    public static final String ENVIRONMENT = "FOVEA_TESSDATA";
    /** The system property naming the language data an installed package carries. */
    public static final String BUNDLED = "fovea.tessdata";

    static final List<String> LANGUAGES = List.of("eng", "por");
    private static final List<Path> SYSTEM = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"),
            Path.of("/usr/local/share/tessdata"),
            Path.of("/opt/homebrew/share/tessdata"),
            Path.of("/opt/local/share/tessdata"));

    private TessdataLocation() {}

    /** The folder holding every language Fovea reads, or a message saying how to install them. */
    public static Path find() {
        return find(
                Optional.ofNullable(System.getenv(ENVIRONMENT)).map(Path::of),
                Optional.ofNullable(System.getProperty(BUNDLED)).map(Path::of),
                SYSTEM);
    }

    static Path find(Optional<Path> configured, Optional<Path> bundled, List<Path> system) {
        List<Path> candidates = new ArrayList<>();
        configured.ifPresent(candidates::add);
        bundled.ifPresent(candidates::add);
        candidates.addAll(system);
        for (Path folder : candidates) {
            if (LANGUAGES.stream()
                    .allMatch(language -> Files.isRegularFile(folder.resolve(language + ".traineddata")))) {
                return folder;
            }
        }
        throw new FoveaException("Reading text in photos needs Tesseract's English and Portuguese language data, and"
                + " none was found in " + candidates + ". On Debian or Ubuntu: sudo apt-get install tesseract-ocr-eng"
                + " tesseract-ocr-por. Elsewhere put eng.traineddata and por.traineddata in a folder and set "
                + ENVIRONMENT + " to it, or index with --ocr off.");
    }
}
