package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Tesseract's language data, which reading the text in photos needs (dev.fovea.indexer.text.TessdataLocation).
 * Linux has it in packages (Debian's tesseract-ocr-eng and tesseract-ocr-por); Windows and macOS do not, so
 * their packages carry those two files and the launcher points the indexer's property at them.
 */
final class LanguageData {
    static final String PROPERTY = "fovea.tessdata";
    static final List<String> FILES = List.of("eng.traineddata", "por.traineddata");
    static final String FOLDER = "tessdata";

    private LanguageData() {}

    /**
     * Copies the languages' files from {@code source} to {@code target} and returns the option that names the
     * folder, as {@code targetInLauncher} in the launcher's terms.
     */
    static List<String> bundle(Path source, Path target, String targetInLauncher) throws IOException {
        List<String> missing = FILES.stream()
                .filter(name -> !Files.isRegularFile(source.resolve(name)))
                .toList();
        if (!missing.isEmpty()) {
            throw new PackagingException(source + " lacks " + missing + ". Take eng.traineddata and por.traineddata"
                    + " from Debian's tesseract-ocr-eng and tesseract-ocr-por (installers/tessdata-from-debian.sh"
                    + " fetches them into installers/native/tessdata).");
        }
        Files.createDirectories(target);
        for (String name : FILES) {
            Files.copy(source.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return List.of("-D" + PROPERTY + "=" + targetInLauncher);
    }
}
