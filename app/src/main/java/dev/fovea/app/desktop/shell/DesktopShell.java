package dev.fovea.app.desktop.shell;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.PhotoLibrary;
import dev.fovea.app.desktop.background.BackgroundExecutor;
import dev.fovea.app.desktop.background.FxValueRelay;
import dev.fovea.app.desktop.grid.ThumbnailCache;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.preferences.SettingsKeeper;
import dev.fovea.app.desktop.preferences.SettingsStore;
import dev.fovea.app.desktop.preferences.ThemeMode;
import dev.fovea.app.desktop.preferences.WindowPlacement;
import dev.fovea.app.desktop.screen.DesktopContext;
import dev.fovea.app.desktop.screen.View;
import dev.fovea.app.desktop.screen.ViewLoader;
import dev.fovea.app.desktop.search.SearchState;
import dev.fovea.app.desktop.system.Choosers;
import dev.fovea.app.desktop.system.SystemActions;
import dev.fovea.app.desktop.theme.ThemeSwitcher;
import dev.fovea.app.desktop.welcome.WelcomeController;
import dev.fovea.app.instance.LaunchRequest;
import dev.fovea.indexer.FoveaHome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the app on screen: shows the window at once (remembered size and place, system theme), then, once the
 * backends are open ({@link HomeOpening}), the first-run welcome or the main window. Owns the lifetime of
 * the executor and the backends.
 */
public final class DesktopShell {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopShell.class);
    /** Decoded thumbnails kept in memory: about 2,000 tiles at 180 px on a 2x screen. */
    private static final long THUMBNAIL_MEMORY = 256L * 1024 * 1024;

    private final Stage stage;
    private final FoveaHome home;
    private final SettingsStore store;
    private final DesktopSettings settings;
    private final Function<BackgroundExecutor, SystemActions> system;
    private final Choosers choosers;
    private final Texts texts;
    private final Notifier notifier;
    private final BackgroundExecutor executor;
    private final ThemeSwitcher theme = new ThemeSwitcher();
    private final StackPane page = new StackPane();
    private final StackPane root;

    private DesktopContext context;
    private MainController main;
    private Optional<Path> openingImage = Optional.empty();
    /** Launch requests that need the library, from before it was open. */
    private final List<LaunchRequest> waitingForBackend = new ArrayList<>();

    private WelcomeController welcome;

    public DesktopShell(
            Stage stage,
            FoveaHome home,
            DesktopSettings settings,
            Function<BackgroundExecutor, SystemActions> system,
            Choosers choosers,
            Locale locale) {
        this.stage = stage;
        this.home = home;
        this.store = new SettingsStore(home.settings());
        this.settings = settings;
        this.system = system;
        this.choosers = choosers;
        this.texts = new Texts(locale);
        this.notifier = new Notifier(texts);
        this.executor = new BackgroundExecutor(3, notifier::failure);
        this.root = new StackPane(page, notifier.layer());
        root.getStyleClass().add("fovea");
    }

    /**
     * Shows the window now; once {@code opening} has opened the backends, the first screen follows, searching for
     * photos similar to {@code image} when one was given ("Open with Fovea").
     */
    public void start(Optional<Path> image, HomeOpening opening) {
        openingImage = image;
        page.getChildren().setAll(splash());
        Scene scene = new Scene(root, 1280, 820);
        stage.setScene(scene);
        stage.setTitle("Fovea");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons()
                    .add(new Image(
                            DesktopShell.class
                                    .getResource("/dev/fovea/ui/icons/fovea-" + size + ".png")
                                    .toExternalForm(),
                            true));
        }
        place(settings.window());
        stage.setOnHidden(event -> stop());
        stage.show();
        // The themes are large stylesheets parsed at run time: the window shows first, plainly, then dresses.
        theme.darkProperty().addListener((property, was, dark) -> markDark(dark));
        theme.use(settings.theme());
        markDark(theme.darkProperty().get());
        scene.getStylesheets().add(ThemeSwitcher.STYLESHEET);
        executor.run(opening::await, this::opened, failure -> {
            notifier.failure(failure);
            page.getChildren().setAll(new Label(texts.get("error.cannotOpen")));
        });
    }

    /**
     * Another launch on this home. "Open with Fovea" while open: the window comes to the front, on the photos
     * similar to its image (once the main window is there, if it is not yet). {@code fovea index} while open:
     * this app is the home's writer, so it adds the folders and indexes them.
     */
    public void take(LaunchRequest request) {
        switch (request) {
            case LaunchRequest.Show show -> comeForward();
            case LaunchRequest.SimilarTo similar -> {
                comeForward();
                if (main != null) {
                    main.findSimilarTo(similar.image());
                } else {
                    openingImage = Optional.of(similar.image());
                }
            }
            case LaunchRequest.Index index -> {
                if (context == null) {
                    waitingForBackend.add(index);
                    return;
                }
                PhotoLibrary library = context.backend().library();
                executor.run(
                        () -> {
                            index.folders().forEach(library::addFolder);
                            library.startIndexing();
                            return index;
                        },
                        added -> notifier.show(
                                texts.format(
                                        "instance.indexing", index.folders().size()),
                                false));
            }
        }
    }

    private void comeForward() {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    public DesktopContext context() {
        return context;
    }

    public MainController main() {
        return main;
    }

    public WelcomeController welcome() {
        return welcome;
    }

    private void opened(HomeOpening.Opened opened) {
        try {
            show(opened);
        } finally {
            List.copyOf(waitingForBackend).forEach(this::take);
            waitingForBackend.clear();
        }
    }

    private void show(HomeOpening.Opened opened) {
        DesktopBackend backend = opened.backend();
        FxValueRelay<IndexingStatus> indexing = new FxValueRelay<>(IndexingStatus.IDLE);
        backend.library().addIndexingListener(indexing::accept);
        context = new DesktopContext(
                home,
                backend,
                executor,
                texts,
                new SettingsKeeper(store, settings, executor),
                theme,
                new ThumbnailCache(backend.thumbnails(), THUMBNAIL_MEMORY),
                indexing,
                system.apply(executor),
                choosers);
        if (opened.firstRun()) {
            ViewLoader.Loaded<WelcomeController> loaded = new ViewLoader(context).load(View.WELCOME);
            welcome = loaded.controller();
            welcome.keepLibraryFolders(opened.folders());
            welcome.setOnStarted(this::showMain);
            page.getChildren().setAll(loaded.root());
        } else {
            showMain();
            openingImage.ifPresent(main.search()::similarToImage);
            SearchState session = main.search().session();
            // Once the first photos are on screen (they compete for the disk, the catalogue and the cores), ready the
            // model, beside the rest of the listing: someone who types at once must not wait for it to load.
            session.afterFirstAnswer(session::warmUp);
            // Catching up with what changed in the folders while the app was closed is long: it waits for a pause.
            session.afterTypingPause(() -> executor.run(
                    () -> {
                        backend.library().startIndexing();
                        return true;
                    },
                    started -> {}));
        }
    }

    private void showMain() {
        ViewLoader.Loaded<MainController> loaded = new ViewLoader(context).load(View.MAIN);
        main = loaded.controller();
        main.installShortcuts(stage.getScene());
        page.getChildren().setAll(loaded.root());
        welcome = null;
        main.search().focusSearch();
    }

    /** Shown before any stylesheet is loaded, so it is coloured by hand after the system's scheme. */
    private Parent splash() {
        boolean dark = settings.theme() == ThemeMode.DARK
                || (settings.theme() == ThemeMode.SYSTEM
                        && Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
        Label name = new Label("Fovea");
        name.setStyle(
                "-fx-font-size: 22px; -fx-font-weight: bold; -fx-text-fill: " + (dark ? "#f5f5f7" : "#1d1d1f") + ";");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        VBox splash = new VBox(16, name, spinner);
        splash.setStyle("-fx-background-color: " + (dark ? "#1c1c1e" : "#ffffff") + ";");
        splash.setAlignment(Pos.CENTER);
        return splash;
    }

    private void markDark(boolean dark) {
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
    }

    /** The remembered place, if it is still on a screen; else centred. */
    private void place(WindowPlacement placement) {
        if (placement != null
                && !Screen.getScreensForRectangle(
                                new Rectangle2D(placement.x(), placement.y(), placement.width(), placement.height()))
                        .isEmpty()) {
            stage.setX(placement.x());
            stage.setY(placement.y());
            stage.setWidth(placement.width());
            stage.setHeight(placement.height());
            stage.setMaximized(placement.maximized());
        } else {
            stage.centerOnScreen();
        }
    }

    private void stop() {
        if (context != null) {
            WindowPlacement placement = stage.isMaximized()
                            && context.settings().get().window() != null
                    ? withMaximized(context.settings().get().window())
                    : new WindowPlacement(
                            stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
            context.settings().update(current -> current.withWindow(placement));
            try {
                context.settings().saveNow();
            } catch (IOException e) {
                LOG.warn("Could not save the settings to {}: {}", home.settings(), e.getMessage());
            }
        }
        executor.close();
        if (context != null) {
            context.backend().close();
        }
    }

    /** A maximized window keeps the size it had before, for when it is restored. */
    private static WindowPlacement withMaximized(WindowPlacement before) {
        return new WindowPlacement(before.x(), before.y(), before.width(), before.height(), true);
    }
}
