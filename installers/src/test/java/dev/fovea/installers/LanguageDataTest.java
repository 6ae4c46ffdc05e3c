package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageDataTest {
    /** Where Debian's tesseract-ocr-eng and tesseract-ocr-por put the files the Windows and macOS packages carry. */
    private static final Path DEBIAN = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    @TempDir
    Path folder;

    @Test
    void bundlesDebiansEnglishAndPortugueseAndPointsTheIndexerAtThem() throws IOException {
        assumeTrue(
                Files.isRegularFile(DEBIAN.resolve("por.traineddata")),
                "Debian's tesseract-ocr-eng and tesseract-ocr-por are not installed");

        var options = LanguageData.bundle(DEBIAN, folder.resolve("input/tessdata"), "$APPDIR/tessdata");

        assertThat(options).containsExactly("-Dfovea.tessdata=$APPDIR/tessdata");
        for (String name : LanguageData.FILES) {
            assertThat(folder.resolve("input/tessdata/" + name)).hasSameBinaryContentAs(DEBIAN.resolve(name));
        }
        try (var files = Files.list(folder.resolve("input/tessdata"))) {
            assertThat(files)
                    .as("only the two languages, not Debian's osd or configs")
                    .hasSize(2);
        }
    }

    @Test
    void aFolderMissingALanguageSaysWhichAndWhereToGetIt() throws IOException {
        Path source = Files.createDirectories(folder.resolve("tessdata"));
        Files.writeString(source.resolve("eng.traineddata"), "eng");

        assertThatThrownBy(() -> LanguageData.bundle(source, folder.resolve("out"), "$APPDIR/tessdata"))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("[por.traineddata]")
                .hasMessageContaining("tesseract-ocr-por")
                .hasMessageContaining("tessdata-from-debian.sh");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void thePropertyAndFilesAreTheIndexersOwn() throws IOException {
        Path source = Path.of(
                System.getProperty("fovea.repo.root", "."),
                "indexer/src/main/java/dev/fovea/indexer/text/TessdataLocation.java");
        assumeTrue(Files.exists(source), "no indexer sources beside this module");
        String indexer = Files.readString(source);

        assertThat(indexer).contains("\"" + LanguageData.PROPERTY + "\"");
        assertThat(indexer).contains("List.of(\"eng\", \"por\")");
        assertThat(LanguageData.FILES).containsExactly("eng.traineddata", "por.traineddata");
    }
}
