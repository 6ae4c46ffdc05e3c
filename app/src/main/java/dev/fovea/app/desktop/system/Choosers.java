package dev.fovea.app.desktop.system;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The system's folder picker; a seam so UI tests can answer it without a native dialog. */
public interface Choosers {
    Optional<Path> chooseFolder(Window owner, String title, Path initial);
}
