package dev.fovea.app.desktop.system;

import dev.fovea.app.desktop.background.BackgroundExecutor;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Opens files, folders and maps through JavaFX's host services and, for "show in folder", the platform's file manager. */
public final class DesktopSystemActions implements SystemActions {
    private final HostServices host;
    private final BackgroundExecutor executor;
    private final String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);

    public DesktopSystemActions(HostServices host, BackgroundExecutor executor) {
        this.host = host;
        this.executor = executor;
    }

    /**
     * Linux and macOS open through their own openers, whose exit status says whether a program took the file
     * (host services would fail silently); Windows asks the user which program to use by itself.
     */
    @Override
    public void open(Path file) {
        List<String> command;
        if (os.startsWith("mac")) {
            command = List.of("open", file.toString());
        } else if (os.startsWith("windows")) {
            host.showDocument(file.toUri().toString());
            return;
        } else {
            command = List.of("xdg-open", file.toString());
        }
        executor.run(() -> openWith(command, file), opened -> {});
    }

    static Path openWith(List<String> command, Path file) throws InterruptedException {
        if (exitCodeOf(command) != 0) {
            throw new FoveaException("No program is set up to open " + file.getFileName()
                    + ". Choose one for this kind of file in your system's settings, or use Show in folder.");
        }
        return file;
    }

    @Override
    public void showInFolder(Path file) {
        List<String> command;
        if (os.startsWith("mac")) {
            command = List.of("open", "-R", file.toString());
        } else if (os.startsWith("windows")) {
            command = List.of("explorer.exe", "/select," + file);
        } else {
            // The freedesktop file-manager interface selects the file; without it, open the folder.
            command = List.of(
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.FileManager1",
                    "/org/freedesktop/FileManager1",
                    "org.freedesktop.FileManager1.ShowItems",
                    "array:string:" + file.toUri(),
                    "string:");
        }
        executor.run(
                () -> new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .start()
                        .waitFor(),
                exit -> {
                    if (exit != 0) {
                        host.showDocument(file.getParent().toUri().toString());
                    }
                },
                failure -> host.showDocument(file.getParent().toUri().toString()));
    }

    /**
     * Each platform's own trash, so the file can be restored from it: Finder on macOS, the recycle bin through
     * .NET on Windows, GIO (the freedesktop trash) elsewhere. A file that cannot be moved stops the rest.
     */
    @Override
    public List<Path> moveToTrash(List<Path> files) {
        List<Path> moved = new ArrayList<>();
        for (Path file : files) {
            List<String> command;
            if (os.startsWith("mac")) {
                command = List.of(
                        "osascript",
                        "-e",
                        "on run argv",
                        "-e",
                        "tell application \"Finder\" to delete POSIX file (item 1 of argv)",
                        "-e",
                        "end run",
                        file.toString());
            } else if (os.startsWith("windows")) {
                command = List.of(
                        "powershell.exe",
                        "-NoProfile",
                        "-Command",
                        "Add-Type -AssemblyName Microsoft.VisualBasic; [Microsoft.VisualBasic.FileIO.FileSystem]::"
                                + "DeleteFile('" + file.toString().replace("'", "''")
                                + "', 'OnlyErrorDialogs', 'SendToRecycleBin')");
            } else {
                command = List.of("gio", "trash", "--", file.toString());
            }
            int exit;
            try {
                exit = exitCodeOf(command);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exit = -1;
            }
            if (exit != 0) {
                throw new FoveaException("Could not move " + file + " to the trash"
                        + (moved.isEmpty() ? "" : " (" + moved.size() + " other photos were moved)")
                        + ". It was not deleted. Move it to the trash in your file manager.");
            }
            moved.add(file);
        }
        return moved;
    }

    /** The command's exit status, or -1 when it could not even start (the program is not installed). */
    private static int exitCodeOf(List<String> command) throws InterruptedException {
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void copy(List<Path> files) {
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files.stream().map(Path::toFile).toList());
        content.putString(String.join(
                System.lineSeparator(), files.stream().map(Path::toString).toList()));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
