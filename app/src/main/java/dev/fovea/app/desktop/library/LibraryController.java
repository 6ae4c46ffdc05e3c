package dev.fovea.app.desktop.library;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.LibraryCounts;
import dev.fovea.app.desktop.backend.LibraryFolder;
import dev.fovea.app.desktop.backend.PhotoLibrary;
import dev.fovea.app.desktop.backend.SkippedPhoto;
import dev.fovea.app.desktop.backend.WarnedPhoto;
import dev.fovea.app.desktop.dialog.Confirmation;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.screen.DesktopContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The library page: folders and their counts, indexing progress and control, skipped files, photos decoded with
 * warnings, the model.
 */
public final class LibraryController {
    private static final int SKIPPED_SHOWN = 500;
    private static final long STATUS_REFRESH_MILLIS = 2000;

    private record Snapshot(
            List<LibraryFolder> folders,
            LibraryCounts status,
            List<SkippedPhoto> skipped,
            List<WarnedPhoto> warned,
            List<InstalledModel> models,
            Optional<InstalledModel> active) {}

    private final DesktopContext context;
    private final Texts texts;
    private final Formats formats;
    private final IndexingTexts indexingTexts;

    @FXML
    private ListView<LibraryFolder> folders;

    @FXML
    private Button pauseButton;

    @FXML
    private FontIcon pauseIcon;

    @FXML
    private Label counts;

    @FXML
    private ProgressBar progress;

    @FXML
    private Label progressDetail;

    @FXML
    private Label currentFile;

    @FXML
    private Label skippedTitle;

    @FXML
    private TableView<SkippedPhoto> skipped;

    @FXML
    private TableColumn<SkippedPhoto, String> skippedPath;

    @FXML
    private TableColumn<SkippedPhoto, String> skippedReason;

    @FXML
    private VBox warnedSection;

    @FXML
    private Label warnedTitle;

    @FXML
    private TableView<WarnedPhoto> warned;

    @FXML
    private TableColumn<WarnedPhoto, String> warnedPath;

    @FXML
    private TableColumn<WarnedPhoto, String> warnedWarning;

    @FXML
    private ComboBox<InstalledModel> models;

    @FXML
    private Label modelNote;

    private long lastRefresh;

    public LibraryController(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
        this.formats = new Formats(texts);
        this.indexingTexts = new IndexingTexts(texts);
    }

    @FXML
    private void initialize() {
        folders.setCellFactory(list -> new FolderCell());
        folders.setPlaceholder(new Label(texts.get("library.noFolders")));
        skipped.setPlaceholder(new Label(texts.get("library.noSkipped")));
        SkippedPhotoTable.setUp(skippedPath, skippedReason, indexingTexts);
        WarnedPhotoTable.setUp(warnedPath, warnedWarning);
        // Most libraries have no such photos: the section shows only when there is something to say.
        warnedSection.managedProperty().bind(warnedSection.visibleProperty());
        warnedSection.setVisible(false);
        models.setConverter(new StringConverter<>() {
            @Override
            public String toString(InstalledModel model) {
                return model == null ? "" : model.displayName() + "  (" + formats.bytes(model.sizeBytes()) + ")";
            }

            @Override
            public InstalledModel fromString(String text) {
                throw new UnsupportedOperationException("Models are chosen, not typed");
            }
        });
        context.indexing().property().addListener((property, old, now) -> showProgress(now));
        showProgress(context.indexing().property().get());
    }

    /** Called when the page is shown. */
    public void refresh() {
        lastRefresh = System.currentTimeMillis();
        PhotoLibrary library = context.backend().library();
        context.executor()
                .run(
                        () -> new Snapshot(
                                library.folders(),
                                library.status(),
                                library.skippedPhotos(SKIPPED_SHOWN),
                                library.warnedPhotos(SKIPPED_SHOWN),
                                context.backend().models().installed(),
                                context.backend().models().active()),
                        this::show);
    }

    private void show(Snapshot snapshot) {
        folders.getItems().setAll(snapshot.folders());
        LibraryCounts status = snapshot.status();
        counts.setText(texts.format(
                "library.counts",
                formats.count(status.indexed()),
                formats.count(status.pending()),
                formats.count(status.skipped())));
        skipped.getItems().setAll(snapshot.skipped());
        skippedTitle.setText(texts.format("library.skippedCount", status.skipped()));
        warned.getItems().setAll(snapshot.warned());
        warnedTitle.setText(
                texts.format("library.warnedCount", snapshot.warned().size()));
        warnedSection.setVisible(!snapshot.warned().isEmpty());
        models.getItems().setAll(snapshot.models());
        snapshot.active().ifPresent(models::setValue);
        modelNote.setText(snapshot.active()
                .map(active -> active.randomWeights() ? texts.get("library.model.random") : "")
                .orElse(texts.get("library.model.none")));
    }

    private void showProgress(IndexingStatus now) {
        pauseButton.setText(
                texts.get(now.state() == IndexingStatus.State.PAUSED ? "indexing.resume" : "indexing.pause"));
        pauseIcon.setIconCode(now.state() == IndexingStatus.State.PAUSED ? Feather.PLAY : Feather.PAUSE);
        pauseButton.setDisable(!now.running() && now.state() != IndexingStatus.State.PAUSED);
        progress.setProgress(now.state() == IndexingStatus.State.SCANNING ? -1 : Math.max(0, now.fraction()));
        progressDetail.setText(indexingTexts.title(now) + (now.total() > 0 ? "  ·  " + indexingTexts.detail(now) : ""));
        currentFile.setText(now.currentFile() == null ? "" : now.currentFile());
        boolean finished = now.state() == IndexingStatus.State.FINISHED;
        if (folders.getScene() != null
                && (finished || System.currentTimeMillis() - lastRefresh > STATUS_REFRESH_MILLIS)) {
            refresh();
        }
    }

    @FXML
    private void addFolder() {
        context.choosers()
                .chooseFolder(folders.getScene().getWindow(), texts.get("library.addFolder"), null)
                .ifPresent(folder -> context.executor()
                        .run(
                                () -> {
                                    context.backend().library().addFolder(folder);
                                    context.backend().library().startIndexing();
                                    return folder;
                                },
                                added -> refresh()));
    }

    private void removeFolder(Path folder) {
        if (Confirmation.ask(
                folders.getScene().getWindow(),
                texts.get("library.removeFolder"),
                texts.format("library.removeFolder.confirm", folder),
                texts.get("dialog.cancel"))) {
            context.executor()
                    .run(
                            () -> {
                                context.backend().library().removeFolder(folder);
                                return folder;
                            },
                            removed -> refresh());
        }
    }

    @FXML
    private void togglePause() {
        IndexingControl.togglePause(context);
    }

    @FXML
    private void reindex() {
        if (Confirmation.ask(
                folders.getScene().getWindow(),
                texts.get("library.reindex"),
                texts.get("library.reindex.confirm"),
                texts.get("dialog.cancel"))) {
            context.executor()
                    .run(
                            () -> {
                                context.backend().library().reindex();
                                return true;
                            },
                            done -> refresh());
        }
    }

    @FXML
    private void useModel() {
        InstalledModel chosen = models.getValue();
        if (chosen != null) {
            context.executor()
                    .run(
                            () -> {
                                context.backend().models().use(chosen.id());
                                context.backend().library().startIndexing();
                                return chosen;
                            },
                            used -> refresh());
        }
    }

    @FXML
    private void importModel() {
        context.choosers()
                .chooseFolder(folders.getScene().getWindow(), texts.get("library.model.import"), null)
                .ifPresent(folder -> context.executor()
                        .run(() -> context.backend().models().importFrom(folder), imported -> refresh()));
    }

    /** A folder with its counts and a remove button. */
    private final class FolderCell extends ListCell<LibraryFolder> {
        private final Label path = new Label();
        private final Label detail = new Label();
        private final Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        private final HBox box;

        FolderCell() {
            path.getStyleClass().add("folder-path");
            detail.getStyleClass().add("folder-detail");
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setAccessibleText(texts.get("library.removeFolder"));
            VBox text = new VBox(2, path, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            FontIcon icon = new FontIcon(Feather.FOLDER);
            icon.getStyleClass().add("folder-icon");
            box = new HBox(10, icon, text, remove);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(LibraryFolder folder, boolean empty) {
            super.updateItem(folder, empty);
            if (empty || folder == null) {
                setGraphic(null);
                return;
            }
            path.setText(folder.path().toString());
            detail.setText(
                    folder.reachable()
                            ? texts.format(
                                    "library.folderCounts",
                                    formats.count(folder.indexed()),
                                    formats.count(folder.pending()),
                                    formats.count(folder.skipped()))
                            : texts.get("library.unreachable"));
            remove.setOnAction(event -> removeFolder(folder.path()));
            setGraphic(box);
        }
    }
}
