package dev.fovea.app.desktop.welcome;

import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.ModelManager;
import dev.fovea.app.desktop.backend.ModelOffer;
import dev.fovea.app.desktop.background.ProgressTask;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.models.ModelDownloadTask;
import dev.fovea.app.desktop.models.OfferCard;
import dev.fovea.app.desktop.screen.DesktopContext;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * First run, in two steps: which folders hold the photos (the Pictures folder to start with), then which
 * model to search with (download one, with its size and progress, or import a folder). "Start" adds the
 * folders, starts indexing in the background and opens the app at once. A home that already has folders but
 * no model (indexed from the command line with {@code --model-dir}) lists its folders, which stay in the library.
 */
public final class WelcomeController {
    private final DesktopContext context;
    private final Texts texts;
    private final ObservableList<Path> chosenFolders = FXCollections.observableArrayList();
    /** Folders already in the library: listed, never removed here (the Library page removes folders, asking first). */
    private final Set<Path> libraryFolders = new HashSet<>();

    @FXML
    private HBox steps;

    @FXML
    private VBox foldersStep;

    @FXML
    private ListView<Path> folders;

    @FXML
    private Button removeFolderButton;

    @FXML
    private VBox modelStep;

    @FXML
    private VBox offers;

    @FXML
    private Button importButton;

    @FXML
    private VBox downloadBox;

    @FXML
    private ProgressBar downloadBar;

    @FXML
    private Label downloadText;

    @FXML
    private Label modelStatus;

    @FXML
    private Button backButton;

    @FXML
    private Button nextButton;

    private int step;
    private InstalledModel model;
    private ProgressTask<InstalledModel> download;
    private Runnable onStarted = () -> {};

    public WelcomeController(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        folders.setItems(chosenFolders);
        folders.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path folder, boolean empty) {
                super.updateItem(folder, empty);
                setText(
                        empty || folder == null
                                ? null
                                : libraryFolders.contains(folder)
                                        ? texts.format("welcome.folders.inLibrary", folder)
                                        : folder.toString());
                setGraphic(empty || folder == null ? null : new FontIcon(Feather.FOLDER));
            }
        });
        folders.setPlaceholder(new Label(texts.get("welcome.folders.none")));
        removeFolderButton
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            Path selected = folders.getSelectionModel().getSelectedItem();
                            return selected == null || libraryFolders.contains(selected);
                        },
                        folders.getSelectionModel().selectedItemProperty()));
        PicturesFolder.find(Path.of(System.getProperty("user.home"))).ifPresent(chosenFolders::add);
        showStep(0);
        context.executor().run(() -> context.backend().models().active(), active -> active.ifPresent(this::modelReady));
    }

    public void setOnStarted(Runnable handler) {
        onStarted = handler;
    }

    /** The folders the library already holds, listed in place of the Pictures folder. */
    public void keepLibraryFolders(List<Path> inLibrary) {
        if (inLibrary.isEmpty()) {
            return;
        }
        libraryFolders.addAll(inLibrary);
        chosenFolders.setAll(inLibrary);
    }

    public List<Path> chosenFolders() {
        return List.copyOf(chosenFolders);
    }

    @FXML
    private void addFolder() {
        Path initial = chosenFolders.isEmpty() ? Path.of(System.getProperty("user.home")) : chosenFolders.getLast();
        context.choosers()
                .chooseFolder(folders.getScene().getWindow(), texts.get("welcome.folders.add"), initial)
                .filter(folder -> !chosenFolders.contains(folder))
                .ifPresent(chosenFolders::add);
    }

    @FXML
    private void removeFolder() {
        chosenFolders.remove(folders.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void back() {
        showStep(0);
    }

    @FXML
    private void next() {
        if (step == 0) {
            showStep(1);
        } else {
            start();
        }
    }

    @FXML
    private void importModel() {
        Optional<Path> folder = context.choosers()
                .chooseFolder(folders.getScene().getWindow(), texts.get("welcome.model.import"), null);
        folder.ifPresent(source -> {
            modelStatus.setText(texts.get("welcome.model.importing"));
            ModelManager models = context.backend().models();
            context.executor()
                    .run(
                            () -> {
                                InstalledModel imported = models.importFrom(source);
                                models.use(imported.id());
                                return imported;
                            },
                            this::modelReady,
                            failure -> {
                                modelStatus.setText("");
                                context.executor().errorHandler().accept(failure);
                            });
        });
    }

    @FXML
    private void cancelDownload() {
        if (download != null) {
            download.cancel(true);
        }
    }

    private void showStep(int newStep) {
        step = newStep;
        foldersStep.setVisible(step == 0);
        foldersStep.setManaged(step == 0);
        modelStep.setVisible(step == 1);
        modelStep.setManaged(step == 1);
        backButton.setVisible(step == 1);
        nextButton.setText(texts.get(step == 0 ? "welcome.next" : "welcome.start"));
        nextButton.disableProperty().unbind();
        if (step == 0) {
            nextButton.disableProperty().bind(Bindings.isEmpty(chosenFolders));
        } else {
            nextButton.setDisable(model == null);
            if (offers.getChildren().isEmpty()) {
                context.executor().run(() -> context.backend().models().offers(), this::showOffers);
            }
        }
        steps.getChildren().setAll(stepLabel(0, "welcome.step.folders"), stepLabel(1, "welcome.step.model"));
    }

    private Label stepLabel(int index, String key) {
        Label label = new Label((index + 1) + "  " + texts.get(key));
        label.getStyleClass().addAll("welcome-step", index == step ? "current" : index < step ? "done" : "todo");
        return label;
    }

    private void showOffers(List<ModelOffer> available) {
        offers.getChildren()
                .setAll(available.stream()
                        .map(offer -> OfferCard.of(offer, texts, this::startDownload))
                        .toList());
    }

    private void startDownload(ModelOffer offer) {
        ModelManager models = context.backend().models();
        download = ModelDownloadTask.of(models, offer, texts);
        downloadBar.progressProperty().bind(download.progressProperty());
        downloadText.textProperty().bind(download.messageProperty());
        downloadBox.setVisible(true);
        downloadBox.setManaged(true);
        offers.setDisable(true);
        importButton.setDisable(true);
        modelStatus.setText("");
        download.setOnSucceeded(event -> {
            downloadBox.setVisible(false);
            downloadBox.setManaged(false);
            InstalledModel installed = download.getValue();
            context.executor()
                    .run(
                            () -> {
                                models.use(installed.id());
                                return installed;
                            },
                            this::modelReady);
        });
        Runnable restore = () -> {
            downloadBox.setVisible(false);
            downloadBox.setManaged(false);
            offers.setDisable(false);
            importButton.setDisable(false);
        };
        download.setOnCancelled(event -> restore.run());
        context.executor().start(download);
        download.exceptionProperty().addListener((property, old, failure) -> restore.run());
    }

    private void modelReady(InstalledModel installed) {
        model = installed;
        offers.setDisable(false);
        importButton.setDisable(false);
        modelStatus.setText(texts.format(
                installed.randomWeights() ? "welcome.model.readyRandom" : "welcome.model.ready",
                installed.displayName()));
        modelStatus.getStyleClass().add("ready");
        if (step == 1) {
            nextButton.setDisable(false);
        }
    }

    private void start() {
        nextButton.setDisable(true);
        List<Path> roots = chosenFolders();
        context.executor()
                .run(
                        () -> {
                            for (Path root : roots) {
                                // Adding a folder the library holds again would refuse one that is unplugged.
                                if (!libraryFolders.contains(root)) {
                                    context.backend().library().addFolder(root);
                                }
                            }
                            context.backend().library().startIndexing();
                            return roots;
                        },
                        started -> onStarted.run(),
                        failure -> {
                            nextButton.setDisable(false);
                            context.executor().errorHandler().accept(failure);
                        });
    }
}
