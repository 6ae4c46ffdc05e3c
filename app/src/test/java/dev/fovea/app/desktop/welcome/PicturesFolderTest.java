package dev.fovea.app.desktop.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicturesFolderTest {
    @TempDir
    Path home;

    @Test
    void followsXdgUserDirsWhereTheDesktopRenamedIt() throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.createDirectories(home.resolve("Imagens"));
        Files.writeString(
                home.resolve(".config/user-dirs.dirs"),
                "XDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_PICTURES_DIR=\"$HOME/Imagens\"\n");
        assertThat(PicturesFolder.find(home)).contains(home.resolve("Imagens"));
    }

    @Test
    void fallsBackToPicturesAndToNothing() throws Exception {
        assertThat(PicturesFolder.find(home)).isEmpty();
        Files.createDirectories(home.resolve("Pictures"));
        assertThat(PicturesFolder.find(home)).contains(home.resolve("Pictures"));
    }
}
