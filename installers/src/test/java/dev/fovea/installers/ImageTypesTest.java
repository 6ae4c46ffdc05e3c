package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageTypesTest {
    @TempDir
    Path folder;

    @Test
    void openWithCoversEveryFormatTheBriefNames() {
        assertThat(ImageTypes.ALL.stream().flatMap(type -> type.extensions().stream()))
                .contains("jpg", "jpeg", "png", "webp", "heic", "heif", "avif", "tif", "tiff", "gif", "bmp");
    }

    @Test
    void theDesktopEntryListsEachMimeTypeOnce() {
        String value = ImageTypes.desktopMimeTypes();
        assertThat(value).startsWith("image/jpeg;").endsWith(";").contains("image/heic;", "image/avif;");
        assertThat(value.split(";")).doesNotHaveDuplicates();
    }

    @Test
    void macAsksToBeAnAlternativeViewerOnly() throws IOException {
        List<String> options = ImageTypes.fileAssociationOptions(folder, Platform.MAC_AARCH64);

        assertThat(options).hasSize(2 * ImageTypes.ALL.size()).contains("--file-associations");
        Properties jpeg = load(folder.resolve("jpeg.properties"));
        assertThat(jpeg.getProperty("extension")).isEqualTo("jpg,jpeg,jpe");
        assertThat(jpeg.getProperty("mime-type")).isEqualTo("image/jpeg");
        assertThat(jpeg.getProperty("mac.LSHandlerRank")).isEqualTo("Alternate");
        assertThat(jpeg.getProperty("mac.CFBundleTypeRole")).isEqualTo("Viewer");
    }

    @Test
    void windowsGetsNoMacKeys() throws IOException {
        ImageTypes.fileAssociationOptions(folder, Platform.WINDOWS_X64);

        assertThat(load(folder.resolve("heic.properties")).stringPropertyNames())
                .containsExactlyInAnyOrder("extension", "mime-type", "description");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
