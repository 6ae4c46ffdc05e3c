package dev.fovea.app.desktop.system;

import java.nio.file.Path;
import java.util.List;

/** What the app asks of the operating system for a photo; a seam so UI tests do not open real programs. */
public interface SystemActions {
    /** In the system's default program for it. */
    void open(Path file);

    /** The file manager with the file selected where the platform allows it, else its folder. */
    void showInFolder(Path file);

    /**
     * Moves files to the system's trash, from where the user can restore them; blocks, so call it off the FX thread.
     *
     * @return the files moved, in order; a file that could not be moved stops it with a message naming it
     */
    List<Path> moveToTrash(List<Path> files);

    /** The files on the clipboard (paste into a file manager or a mail). */
    void copy(List<Path> files);
}
