package dev.fovea.app.desktop.library;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.screen.DesktopContext;

/** Pause and resume, from the sidebar or the library page. */
public final class IndexingControl {
    private IndexingControl() {}

    /** Resumes a paused run, else pauses the running one; in the background, as the indexer may take a moment. */
    public static void togglePause(DesktopContext context) {
        boolean paused = context.indexing().property().get().state() == IndexingStatus.State.PAUSED;
        context.executor()
                .run(
                        () -> {
                            if (paused) {
                                context.backend().library().resumeIndexing();
                            } else {
                                context.backend().library().pauseIndexing();
                            }
                            return paused;
                        },
                        done -> {});
    }
}
