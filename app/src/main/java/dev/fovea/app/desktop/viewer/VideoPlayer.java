package dev.fovea.app.desktop.viewer;

import dev.fovea.app.thread.AppThreads;
import dev.fovea.indexer.video.UndecodableVideoException;
import dev.fovea.indexer.video.VideoFrame;
import dev.fovea.indexer.video.VideoPlayback;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.image.Image;

/**
 * Plays one video inside the viewer: FFmpeg (our binding) decodes its frames on the player's own thread, which
 * paces them by their time stamps; the FX thread only copies the latest one into the picture. Starts paused at a
 * moment, showing that frame. No sound: see docs/video.md. Close it when the viewer closes or moves on.
 */
final class VideoPlayer implements AutoCloseable {
    private sealed interface Command permits Play, Pause, Seek {}

    private record Play() implements Command {}

    private record Pause() implements Command {}

    private record Seek(double seconds) implements Command {}

    private final Path file;
    private final ExecutorService thread = AppThreads.videoPlayer();
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<VideoFrame> pending = new AtomicReference<>();
    private final FramePicture picture = new FramePicture();
    private final ReadOnlyDoubleWrapper seconds = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final Consumer<Image> onPicture;
    private final Consumer<UndecodableVideoException> onFailure;
    private volatile boolean closed;

    /**
     * @param onPicture called on the FX thread when the picture to show changes (a new frame size); the same
     *     image is then redrawn in place
     */
    VideoPlayer(Path file, Consumer<Image> onPicture, Consumer<UndecodableVideoException> onFailure) {
        this.file = file;
        this.onPicture = onPicture;
        this.onFailure = onFailure;
    }

    /** Opens the video in the background and shows the frame at {@code start}, paused. */
    void open(double start, int maxWidth, int maxHeight) {
        thread.execute(() -> decode(start, maxWidth, maxHeight));
    }

    void play() {
        commands.add(new Play());
    }

    void pause() {
        commands.add(new Pause());
    }

    void seek(double to) {
        commands.add(new Seek(to));
    }

    /** The time of the frame shown, in seconds. */
    ReadOnlyDoubleProperty secondsProperty() {
        return seconds.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
    }

    private void decode(double start, int maxWidth, int maxHeight) {
        try (VideoPlayback playback = VideoPlayback.open(file, maxWidth, maxHeight)) {
            double length = playback.durationSeconds();
            Platform.runLater(() -> duration.set(length));
            new Pacing(playback).run(start);
        } catch (UndecodableVideoException e) {
            Platform.runLater(() -> {
                if (!closed) {
                    onFailure.accept(e);
                }
            });
        } catch (InterruptedException closed) {
            // The viewer closed or moved on: the playback is released above.
        }
    }

    /** The player thread's loop: frames are shown at their time on a clock that starts when "play" does. */
    private final class Pacing {
        private final VideoPlayback playback;
        private boolean running;
        private VideoFrame ahead;
        private double shownSeconds;
        private long clockStartNanos;
        private double clockStartSeconds;

        Pacing(VideoPlayback playback) {
            this.playback = playback;
        }

        void run(double start) throws UndecodableVideoException, InterruptedException {
            seekTo(start);
            while (true) {
                Command command;
                if (!running) {
                    command = commands.take();
                } else {
                    if (ahead == null) {
                        ahead = playback.next();
                        if (ahead == null) {
                            setRunning(false);
                            continue;
                        }
                    }
                    long wait = clockStartNanos
                            + Math.round((ahead.seconds() - clockStartSeconds) * 1e9)
                            - System.nanoTime();
                    command = wait > 0 ? commands.poll(wait, TimeUnit.NANOSECONDS) : commands.poll();
                    if (command == null) {
                        show(ahead);
                        ahead = null;
                        continue;
                    }
                }
                switch (command) {
                    case Play play -> start();
                    case Pause pause -> setRunning(false);
                    case Seek seek -> {
                        // Dragging the seek bar sends many: only the last one still waiting is worth decoding.
                        if (!(commands.peek() instanceof Seek)) {
                            seekTo(seek.seconds());
                        }
                    }
                }
            }
        }

        private void start() throws UndecodableVideoException {
            if (running) {
                return;
            }
            if (ahead == null && shownSeconds >= playback.durationSeconds() - 0.1) {
                // Play at the end starts over.
                seekTo(0);
            }
            clockStartNanos = System.nanoTime();
            clockStartSeconds = shownSeconds;
            setRunning(true);
        }

        private void seekTo(double to) throws UndecodableVideoException {
            playback.seek(to);
            ahead = null;
            VideoFrame frame = playback.next();
            if (frame != null) {
                show(frame);
            }
            clockStartNanos = System.nanoTime();
            clockStartSeconds = shownSeconds;
        }

        private void show(VideoFrame frame) {
            shownSeconds = frame.seconds();
            // The FX thread draws the latest frame; one that is still waiting is replaced, not queued behind.
            if (pending.getAndSet(frame) == null) {
                Platform.runLater(VideoPlayer.this::draw);
            }
        }

        private void setRunning(boolean now) {
            running = now;
            Platform.runLater(() -> playing.set(now));
        }
    }

    private void draw() {
        VideoFrame frame = pending.getAndSet(null);
        if (frame == null || closed) {
            return;
        }
        if (picture.draw(frame.image())) {
            onPicture.accept(picture.image());
        }
        seconds.set(frame.seconds());
    }
}
