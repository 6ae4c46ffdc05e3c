package dev.fovea.app.desktop.system;

import dev.fovea.app.desktop.background.BackgroundExecutor;
import java.nio.file.Path;
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

    @Override
    public void open(Path file) {
        host.showDocument(file.toUri().toString());
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

    @Override
    public void copy(List<Path> files) {
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files.stream().map(Path::toFile).toList());
        content.putString(String.join(
                System.lineSeparator(), files.stream().map(Path::toString).toList()));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
