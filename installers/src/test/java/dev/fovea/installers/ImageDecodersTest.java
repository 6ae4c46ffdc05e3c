package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecodersTest {
    @TempDir
    Path folder;

    @Test
    void pointsEachDecoderFoundAtItsFileAndCarriesTheRestAlong() throws IOException {
        Path source = Files.createDirectories(folder.resolve("windows-x64"));
        for (String name : new String[] {"turbojpeg.dll", "heif.dll", "libde265.dll"}) {
            Files.writeString(source.resolve(name), name);
        }

        var options = ImageDecoders.bundle(source, folder.resolve("input/native/decoders"), "$APPDIR/native/decoders");

        assertThat(options)
                .containsExactly(
                        "-Dfovea.turbojpeg.path=$APPDIR/native/decoders/turbojpeg.dll",
                        "-Dfovea.libheif.path=$APPDIR/native/decoders/heif.dll");
        assertThat(folder.resolve("input/native/decoders/libde265.dll")).hasContent("libde265.dll");
    }

    @Test
    void aFolderWithoutDecodersIsAMistake() throws IOException {
        Path source = Files.createDirectories(folder.resolve("empty"));
        Files.writeString(source.resolve("readme.txt"), "nothing here");

        assertThatThrownBy(() -> ImageDecoders.bundle(source, folder.resolve("out"), "$APPDIR/native/decoders"))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("none of the decoders")
                .hasMessageContaining("turbojpeg.dll");
    }

    @Test
    void thePropertiesAndFileNamesAreTheIndexersOwn() throws IOException {
        Path source = Path.of(
                System.getProperty("fovea.repo.root", "."),
                "indexer/src/main/java/dev/fovea/indexer/decode/NativeLibrary.java");
        assumeTrue(Files.exists(source), "no indexer sources beside this module");
        String indexer = Files.readString(source);
        for (ImageDecoders.Decoder decoder : ImageDecoders.ALL) {
            assertThat(indexer).contains("\"" + decoder.property() + "\"");
            decoder.fileNames().forEach(name -> assertThat(indexer).contains("\"" + name + "\""));
        }
    }
}
