package dev.fovea.app.desktop.bench;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.grid.PhotoGrid;
import dev.fovea.app.desktop.home.HomeBackends;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.search.SearchState;
import dev.fovea.app.desktop.shell.DesktopShell;
import dev.fovea.app.desktop.shell.HomeOpening;
import dev.fovea.app.desktop.system.FxChoosers;
import dev.fovea.app.desktop.ui.RecordingSystemActions;
import dev.fovea.indexer.FoveaHome;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Runs in a fresh JVM started by {@link UiBenchmarkTest}: shows either a bare JavaFX window (the baseline)
 * or Fovea, over a real home ({@code fovea HOME STARTUP_ONLY}: the real backends, as {@code ./fovea} opens them) or
 * an in-memory generated library ({@code fake PHOTOS WORK STARTUP_ONLY}); measures from JVM start, types queries,
 * scrolls the whole library (unless STARTUP_ONLY is true: then it stops once the library is listed), prints one JSON
 * object and exits.
 */
public final class LaunchProbe extends Application {
    static final String RESULT_PREFIX = "PROBE ";
    private static final long JVM_START_MILLIS =
            ManagementFactory.getRuntimeMXBean().getStartTime();
    /** A steady, quick typist: 8 characters a second. */
    private static final double KEYSTROKE_MILLIS = 125;

    private final Map<String, Object> result = new TreeMap<>();

    /** Opened from {@link Main}, as the app's launcher opens it: before JavaFX starts. */
    private static volatile HomeOpening opening;

    private static volatile long backendOpenMillis;
    private static volatile long backendOpenedMillis;

    /** The JVM's entry point; not in the Application subclass, so JavaFX may sit on the class path. */
    public static final class Main {
        private Main() {}

        public static void main(String[] args) {
            if (!args[0].equals("bare")) {
                boolean real = args[0].equals("fovea");
                opening = HomeOpening.start(home(args), DesktopSettings.DEFAULTS, home -> {
                    long start = System.nanoTime();
                    DesktopBackend backend = real
                            ? HomeBackends.open(home)
                            : FakeBackend.indexed(Integer.parseInt(args[1]), Path.of(args[2]));
                    backendOpenMillis = (System.nanoTime() - start) / 1_000_000;
                    backendOpenedMillis = sinceJvmStart();
                    return backend;
                });
            }
            Application.launch(LaunchProbe.class, args);
        }
    }

    private static FoveaHome home(String[] args) {
        return new FoveaHome(
                args[0].equals("fovea") ? Path.of(args[1]) : Path.of(args[2]).resolve("home"));
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        if (args.getFirst().equals("bare")) {
            // The baselines: a plain window, then a plain ListView of as many text rows scrolled the same way.
            stage.setScene(new Scene(new Label("Hello"), 1280, 820));
            stage.setOnShown(event -> {
                result.put("window_visible_ms", sinceJvmStart());
                ListView<String> list = new ListView<>();
                list.getItems()
                        .setAll(java.util.stream.IntStream.range(0, Integer.parseInt(args.get(1)))
                                .mapToObj(i -> "Photo " + i)
                                .toList());
                stage.getScene().setRoot(list);
                new Timeline(new KeyFrame(Duration.millis(1500), ready -> scroll(list, stage))).play();
            });
            stage.show();
            return;
        }
        DesktopShell shell = new DesktopShell(
                stage,
                home(args.toArray(String[]::new)),
                DesktopSettings.DEFAULTS,
                executor -> new RecordingSystemActions(),
                new FxChoosers(),
                Locale.ENGLISH);
        stage.setOnShown(event -> result.put("window_visible_ms", sinceJvmStart()));
        stage.setWidth(1280);
        stage.setHeight(820);
        shell.start(Optional.empty(), opening);
        waitForFirstResults(shell, stage, Boolean.parseBoolean(args.getLast()));
    }

    private void waitForFirstResults(DesktopShell shell, Stage stage, boolean startupOnly) {
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(5), event -> {
            if (shell.main() != null && !result.containsKey("main_window_ms")) {
                result.put("main_window_ms", sinceJvmStart());
            }
            if (shell.main() != null && !shell.main().search().grid().hits().isEmpty()) {
                poll.stop();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    stage.getScene().removePostLayoutPulseListener(once[0]);
                    result.put("first_results_ms", sinceJvmStart());
                    result.put("backend_open_ms", backendOpenMillis);
                    // From JVM start: when the backend was open and the first page's listing could begin.
                    result.put("backend_opened_ms", backendOpenedMillis);
                    SearchState.Answer first =
                            shell.main().search().session().answerProperty().get();
                    result.put("first_search_ms", first.elapsedNanos() / 1_000_000);
                    // From JVM start: what the first page waited for before its search began.
                    result.put(
                            "first_search_started_ms",
                            sinceJvmStart() - (System.nanoTime() - first.startedNanos()) / 1_000_000);
                    // The first page of the listing is on screen; typing starts once the whole library is listed.
                    shell.main().search().session().afterCurrentAnswer(() -> {
                        result.put("whole_listing_ms", sinceJvmStart());
                        result.put(
                                "photos",
                                shell.main().search().grid().hits().stream()
                                        .mapToInt(hit -> 1 + hit.stacked().size())
                                        .sum());
                        Platform.runLater(startupOnly ? this::finish : () -> new Typist(shell, stage).start());
                    });
                };
                stage.getScene().addPostLayoutPulseListener(once[0]);
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    /** Types queries one character at a time and notes, per keystroke, when the grid showed its answer. */
    private final class Typist {
        private final PhotoGrid grid;
        private final SearchState session;
        private final TextField field;
        private final Stage stage;
        private final List<String> queries = List.of(
                "red",
                "blue sky",
                "green +teal -red",
                "orange 2022",
                "purple flowers",
                "yellow -orange",
                "pink",
                "teal sea",
                "blue +purple",
                "red car");
        private final List<Double> latencies = new ArrayList<>();
        private final List<Double> searchMillis = new ArrayList<>();
        /** Keystroke to new grid content less the search: waiting for the search before, and building the grid. */
        private final List<Double> beforeSearchMillis = new ArrayList<>();
        /** Keystroke to the start of its search: the search before it, a busy worker pool. */
        private final List<Double> queuedMillis = new ArrayList<>();
        /** End of the search to new grid content: the hand-over to the FX thread, arranging, the grid's update. */
        private final List<Double> displayMillis = new ArrayList<>();
        /** New grid content to the end of the pulse that shows it: layout, cells, CSS. */
        private final List<Double> renderMillis = new ArrayList<>();

        /** Each answered keystroke: when in the typing, its latency, the search, and the wait. */
        private final List<Map<String, Object>> keystrokes = new ArrayList<>();

        private final Map<String, Long> typedAt = new TreeMap<>();
        private long typingStarted;
        private int superseded;
        private int query;
        private int character;

        Typist(DesktopShell shell, Stage stage) {
            this.grid = shell.main().search().grid();
            this.session = shell.main().search().session();
            this.field = (TextField) stage.getScene().lookup(".search-field");
            this.stage = stage;
        }

        void start() {
            // A grid update becomes visible at the pulse after it: that is when a keystroke is answered. Between the
            // keystroke and the grid's new content lie the search itself and the wait for the search before it.
            grid.contentVersionProperty().addListener((property, old, version) -> {
                long contentSet = System.nanoTime();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    stage.getScene().removePostLayoutPulseListener(once[0]);
                    answered(contentSet);
                };
                stage.getScene().addPostLayoutPulseListener(once[0]);
            });
            typingStarted = System.nanoTime();
            result.put("typing_started_ms", sinceJvmStart());
            Timeline keys = new Timeline(new KeyFrame(Duration.millis(KEYSTROKE_MILLIS), event -> typeNext()));
            keys.setCycleCount(Timeline.INDEFINITE);
            keys.play();
            field.getProperties().put("keys", keys);
        }

        private void answered(long contentSet) {
            SearchState.Answer answer = session.answerProperty().get();
            if (answer != null && answer.query() instanceof SearchState.TextQuery text) {
                Long typed = typedAt.remove(text.request().query());
                if (typed != null) {
                    long now = System.nanoTime();
                    latencies.add((now - typed) / 1e6);
                    searchMillis.add(answer.elapsedNanos() / 1e6);
                    beforeSearchMillis.add((contentSet - typed - answer.elapsedNanos()) / 1e6);
                    renderMillis.add((now - contentSet) / 1e6);
                    long queued = answer.startedNanos() - typed;
                    long display = contentSet - answer.startedNanos() - answer.elapsedNanos();
                    queuedMillis.add(queued / 1e6);
                    displayMillis.add(display / 1e6);
                    Map<String, Object> keystroke = new TreeMap<>();
                    keystroke.put("text", text.request().query());
                    keystroke.put("typed_after_typing_start_ms", (typed - typingStarted) / 1_000_000);
                    keystroke.put("latency_ms", Math.round((now - typed) / 1e5) / 10.0);
                    keystroke.put("search_ms", Math.round(answer.elapsedNanos() / 1e5) / 10.0);
                    keystroke.put(
                            "wait_and_display_ms",
                            Math.round((contentSet - typed - answer.elapsedNanos()) / 1e5) / 10.0);
                    keystroke.put("queued_ms", Math.round(queued / 1e5) / 10.0);
                    keystroke.put("display_ms", Math.round(display / 1e5) / 10.0);
                    keystroke.put("render_ms", Math.round((now - contentSet) / 1e5) / 10.0);
                    keystrokes.add(keystroke);
                }
            }
        }

        private void typeNext() {
            if (query == queries.size()) {
                ((Timeline) field.getProperties().get("keys")).stop();
                Timeline settle = new Timeline(new KeyFrame(Duration.millis(800), event -> report()));
                settle.play();
                return;
            }
            String target = queries.get(query);
            if (character == 0) {
                field.clear();
                superseded += typedAt.size();
                typedAt.clear();
            }
            character++;
            String text = target.substring(0, character);
            // A space after a word asks nothing new: the answer to the word is the one that counts.
            if (character == 1
                    || !text.strip().equals(target.substring(0, character - 1).strip())) {
                typedAt.put(text.strip(), System.nanoTime());
            }
            field.setText(text);
            if (character == target.length()) {
                query++;
                character = 0;
                // A person reads the results before the next query.
                Timeline keys = (Timeline) field.getProperties().get("keys");
                keys.pause();
                new Timeline(new KeyFrame(Duration.millis(1200), event -> keys.play())).play();
            }
        }

        private void report() {
            superseded += typedAt.size();
            result.put("keystrokes_answered", latencies.size());
            result.put("keystrokes_superseded", superseded);
            if (!keystrokes.isEmpty()) {
                result.put("first_keystroke", keystrokes.getFirst());
            }
            // Every keystroke, so that figures pooled over launches (p99 of all of them) are exact, not bounds.
            result.put("keystrokes", keystrokes);
            result.put(
                    "slowest_keystrokes",
                    keystrokes.stream()
                            .sorted(java.util.Comparator.comparingDouble(
                                            (Map<String, Object> keystroke) -> (Double) keystroke.get("latency_ms"))
                                    .reversed())
                            .limit(3)
                            .toList());
            for (int percent : new int[] {50, 95, 99}) {
                result.put("keystroke_p" + percent + "_ms", percentile(latencies, percent));
                result.put("search_p" + percent + "_ms", percentile(searchMillis, percent));
                result.put("keystroke_wait_and_display_p" + percent + "_ms", percentile(beforeSearchMillis, percent));
                result.put("keystroke_render_p" + percent + "_ms", percentile(renderMillis, percent));
                result.put("keystroke_queued_p" + percent + "_ms", percentile(queuedMillis, percent));
                result.put("keystroke_display_p" + percent + "_ms", percentile(displayMillis, percent));
            }
            field.clear();
            new Timeline(new KeyFrame(Duration.millis(1500), event -> scroll(grid, stage))).play();
        }
    }

    /** Scrolls at a steady speed for 8 seconds and records the time between frames. */
    private void scroll(javafx.scene.Parent scrollable, Stage stage) {
        VirtualFlow<?> flow = (VirtualFlow<?>) scrollable.lookup(".virtual-flow");
        List<Double> frames = new ArrayList<>();
        long started = System.nanoTime();
        AnimationTimer timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    frames.add((now - last) / 1e6);
                }
                last = now;
                // About 6 screens a second, a brisk fling.
                flow.scrollPixels(stage.getHeight() * 6 / 60);
                if (System.nanoTime() - started > 8_000_000_000L) {
                    stop();
                    result.put("scroll_frames", frames.size());
                    result.put("scroll_frame_p50_ms", percentile(frames, 50));
                    result.put("scroll_frame_p99_ms", percentile(frames, 99));
                    result.put(
                            "scroll_frames_over_33ms",
                            frames.stream().filter(frame -> frame > 33.4).count());
                    finish();
                }
            }
        };
        timer.start();
    }

    private void finish() {
        System.out.println(RESULT_PREFIX + dev.fovea.app.json.Json.line(result));
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - JVM_START_MILLIS;
    }

    static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return Math.round(sorted.get(Math.clamp(index, 0, sorted.size() - 1)) * 10) / 10.0;
    }
}
