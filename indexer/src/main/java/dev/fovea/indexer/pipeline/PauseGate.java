package dev.fovea.indexer.pipeline;

/** Where pipeline threads wait while a run is paused: between files, never in the middle of one. */
final class PauseGate {
    private boolean paused;

    synchronized void pause() {
        paused = true;
    }

    synchronized void resume() {
        paused = false;
        notifyAll();
    }

    synchronized boolean isPaused() {
        return paused;
    }

    /** Blocks while paused; returns at once when the run is cancelled. */
    synchronized void awaitOpen(java.util.function.BooleanSupplier cancelled) throws InterruptedException {
        while (paused && !cancelled.getAsBoolean()) {
            wait(200);
        }
    }
}
