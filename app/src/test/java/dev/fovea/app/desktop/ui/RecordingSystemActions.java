package dev.fovea.app.desktop.ui;

import dev.fovea.app.desktop.system.SystemActions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the app asked of the operating system instead of opening programs. */
public final class RecordingSystemActions implements SystemActions {
    public final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void open(Path file) {
        calls.add("open " + file);
    }

    @Override
    public void showInFolder(Path file) {
        calls.add("show " + file);
    }

    /** Records the files instead of moving them: tests check what would have gone and that the rest stayed. */
    @Override
    public List<Path> moveToTrash(List<Path> files) {
        calls.add("trash " + files);
        return files;
    }

    @Override
    public void copy(List<Path> files) {
        calls.add("copy " + files);
    }
}
