package dev.fovea.app.cli;

import dev.fovea.search.FoveaException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Files the user names on the command line: only a regular file is read (opening a FIFO would block forever). */
final class UserFiles {
    private UserFiles() {}

    static Path regularFile(Path path, String what) {
        if (Files.notExists(path, LinkOption.NOFOLLOW_LINKS) && Files.notExists(path)) {
            throw new FoveaException(path + ": there is no such " + what + ".");
        }
        if (!Files.isRegularFile(path)) {
            throw new FoveaException(
                    path + " is not a regular file (a folder, pipe or device); give the " + what + " itself.");
        }
        return path;
    }
}
