package dev.fovea.app.desktop.models;

import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.ModelManager;
import dev.fovea.app.desktop.backend.ModelOffer;
import dev.fovea.app.desktop.background.ProgressTask;
import dev.fovea.app.desktop.dialog.Confirmation;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.screen.DesktopContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The models section of Settings: the installed models with the one in use, every variant that can be
 * downloaded with its size, accuracy and estimated speed here, a download with progress and cancel, and
 * switching the model in use (after asking, since the library is then indexed again with it).
 */
public final class ModelsController {
    private record Snapshot(List<InstalledModel> installed, Optional<InstalledModel> active, List<ModelOffer> offers) {}

    private final DesktopContext context;
    private final Texts texts;
    private final Formats formats;

    @FXML
    private VBox installed;

    @FXML
    private Label offersNote;

    @FXML
    private VBox offers;

    @FXML
    private VBox downloadBox;

    @FXML
    private ProgressBar downloadBar;

    @FXML
    private Label downloadText;

    @FXML
    private Label status;

    private ProgressTask<InstalledModel> download;

    public ModelsController(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
        this.formats = new Formats(texts);
    }

    @FXML
    private void initialize() {
        offersNote.setText(texts.get("settings.models.measuring"));
        refresh();
    }

    private void refresh() {
        ModelManager models = context.backend().models();
        context.executor().run(() -> new Snapshot(models.installed(), models.active(), models.offers()), this::show);
    }

    private void show(Snapshot snapshot) {
        installed
                .getChildren()
                .setAll(snapshot.installed().stream()
                        .map(model -> installedRow(model, snapshot.active()))
                        .toList());
        if (snapshot.installed().isEmpty()) {
            installed.getChildren().setAll(new Label(texts.get("library.model.none")));
        }
        Set<String> have = snapshot.installed().stream().map(InstalledModel::id).collect(Collectors.toSet());
        List<ModelOffer> available = snapshot.offers().stream()
                .filter(offer -> !have.contains(offer.id()))
                .toList();
        offersNote.setText(texts.get(available.isEmpty() ? "settings.models.allInstalled" : "settings.models.note"));
        offers.getChildren()
                .setAll(available.stream()
                        .map(offer -> OfferCard.of(offer, texts, this::startDownload))
                        .toList());
    }

    private HBox installedRow(InstalledModel model, Optional<InstalledModel> active) {
        boolean inUse =
                active.map(InstalledModel::id).filter(model.id()::equals).isPresent();
        Label name = new Label(model.displayName());
        name.getStyleClass().add("offer-name");
        Label detail = new Label(formats.bytes(model.sizeBytes())
                + (model.randomWeights() ? "  ·  " + texts.get("library.model.random") : ""));
        detail.getStyleClass().add("offer-detail");
        VBox text = new VBox(2, name, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button use = new Button(texts.get(inUse ? "settings.models.inUse" : "library.model.use"));
        use.getStyleClass().add("flat");
        use.setDisable(inUse);
        use.setAccessibleText(texts.get("library.model.use") + " " + model.displayName());
        use.setOnAction(event -> switchTo(model));
        HBox row = new HBox(12, new FontIcon(inUse ? Feather.CHECK_CIRCLE : Feather.CPU), text, use);
        row.getStyleClass().addAll("offer-card", "installed-model");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void switchTo(InstalledModel model) {
        if (!Confirmation.ask(
                installed.getScene().getWindow(),
                texts.get("settings.models.switch"),
                texts.format("settings.models.switch.confirm", model.displayName()),
                texts.get("dialog.cancel"))) {
            return;
        }
        context.executor()
                .run(
                        () -> {
                            context.backend().models().use(model.id());
                            context.backend().library().startIndexing();
                            return model;
                        },
                        used -> {
                            status.setText(texts.format("welcome.model.ready", used.displayName()));
                            refresh();
                        });
    }

    private void startDownload(ModelOffer offer) {
        download = ModelDownloadTask.of(context.backend().models(), offer, texts);
        downloadBar.progressProperty().bind(download.progressProperty());
        downloadText.textProperty().bind(download.messageProperty());
        showDownload(true);
        status.setText("");
        download.setOnSucceeded(event -> {
            showDownload(false);
            InstalledModel model = download.getValue();
            status.setText(texts.format("settings.models.downloaded", model.displayName()));
            refresh();
            switchTo(model);
        });
        download.setOnCancelled(event -> {
            showDownload(false);
            status.setText(texts.get("settings.models.cancelled"));
        });
        download.exceptionProperty().addListener((property, old, failure) -> showDownload(false));
        context.executor().start(download);
    }

    private void showDownload(boolean downloading) {
        downloadBox.setVisible(downloading);
        downloadBox.setManaged(downloading);
        offers.setDisable(downloading);
        installed.setDisable(downloading);
    }

    @FXML
    private void cancelDownload() {
        if (download != null) {
            download.cancel(true);
        }
    }
}
