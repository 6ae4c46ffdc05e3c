package dev.fovea.app.desktop.welcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The user's own pictures folder, as the platform names it, when it exists. */
final class PicturesFolder {
    private static final Pattern XDG_PICTURES = Pattern.compile("^XDG_PICTURES_DIR=\"(.*)\"\\s*$", Pattern.MULTILINE);

    private PicturesFolder() {}

    static Optional<Path> find(Path userHome) {
        // Linux desktops may rename it (Bilder, Imagens...); xdg-user-dirs records where.
        Path userDirs = userHome.resolve(".config/user-dirs.dirs");
        if (Files.isRegularFile(userDirs)) {
            try {
                Matcher matcher = XDG_PICTURES.matcher(Files.readString(userDirs));
                if (matcher.find()) {
                    Path named = Path.of(matcher.group(1).replace("$HOME", userHome.toString()));
                    if (Files.isDirectory(named) && !named.equals(userHome)) {
                        return Optional.of(named);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable user-dirs file only means we fall back to the common name.
            }
        }
        Path pictures = userHome.resolve("Pictures");
        return Files.isDirectory(pictures) ? Optional.of(pictures) : Optional.empty();
    }
}
