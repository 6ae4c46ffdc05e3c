package dev.fovea.app.desktop.ui;

import dev.fovea.app.desktop.system.Choosers;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.stage.Window;

/** Answers folder pickers with the folders a test queued, in order; nothing when none is queued. */
public final class ScriptedChoosers implements Choosers {
    private final Queue<Path> answers = new ConcurrentLinkedQueue<>();

    public ScriptedChoosers answer(Path folder) {
        answers.add(folder);
        return this;
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
        return Optional.ofNullable(answers.poll());
    }
}
