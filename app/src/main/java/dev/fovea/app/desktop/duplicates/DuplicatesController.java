package dev.fovea.app.desktop.duplicates;

import dev.fovea.app.desktop.backend.DuplicatePhoto;
import dev.fovea.app.desktop.dialog.Confirmation;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.screen.DesktopContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Duplicates page: each group of near-identical photos with its best photo first (the rule is stated on the
 * page), every photo revealable in its folder, and "keep best, move the others to the trash" after asking. Nothing
 * is ever deleted outright: the others go to the system trash, and the library catches up by indexing again.
 */
public final class DuplicatesController {
    private static final int TILE = 150;

    private final DesktopContext context;
    private final Texts texts;
    private final Formats formats;
    private Future<?> search;

    @FXML
    private ProgressIndicator busy;

    @FXML
    private Label summary;

    @FXML
    private VBox groups;

    public DuplicatesController(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
        this.formats = new Formats(texts);
    }

    /** Looks for the groups again; the page shows the last ones until the new ones are found. */
    @FXML
    public void refresh() {
        if (search != null) {
            search.cancel(true);
        }
        busy.setVisible(true);
        summary.setText(texts.get("duplicates.searching"));
        search = context.executor().run(context.backend().duplicates()::groups, this::show, failure -> {
            busy.setVisible(false);
            summary.setText("");
            context.executor().errorHandler().accept(failure);
        });
    }

    private void show(List<List<DuplicatePhoto>> found) {
        busy.setVisible(false);
        long extra = found.stream().mapToLong(group -> group.size() - 1).sum();
        summary.setText(
                found.isEmpty()
                        ? texts.get("duplicates.none")
                        : texts.format("duplicates.summary", found.size(), extra));
        groups.getChildren().setAll(found.stream().map(this::group).toList());
    }

    private Node group(List<DuplicatePhoto> photos) {
        FlowPane tiles = new FlowPane(10, 10);
        for (DuplicatePhoto photo : photos) {
            tiles.getChildren().add(tile(photo, photo == photos.getFirst()));
        }
        List<DuplicatePhoto> others = photos.subList(1, photos.size());
        Button keepBest = new Button(texts.format("duplicates.keepBest", others.size()), new FontIcon(Feather.TRASH_2));
        keepBest.getStyleClass().add("keep-best");
        Label title = new Label(texts.format("duplicates.group", photos.size()));
        title.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, keepBest);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, bar, tiles);
        box.getStyleClass().addAll("card-section", "duplicate-group");
        keepBest.setOnAction(event -> keepBest(box, photos.getFirst(), others));
        return box;
    }

    private Node tile(DuplicatePhoto photo, boolean best) {
        ImageView thumbnail = new ImageView(context.thumbnails().get(photo.contentHash(), TILE));
        thumbnail.setFitWidth(TILE);
        thumbnail.setFitHeight(TILE);
        thumbnail.setPreserveRatio(true);
        Label badge = new Label(
                best
                        ? texts.get("duplicates.best")
                        : photo.exactCopy()
                                ? texts.get("duplicates.copy")
                                : texts.format("duplicates.similar", Math.round(photo.similarity() * 100)));
        badge.getStyleClass().add(best ? "duplicate-best" : "duplicate-badge");
        Label name = new Label(String.valueOf(photo.path().getFileName()));
        name.setMaxWidth(TILE);
        name.setMnemonicParsing(false);
        Label facts = new Label(facts(photo));
        facts.getStyleClass().add("duplicate-facts");
        Button reveal = new Button(null, new FontIcon(Feather.FOLDER));
        reveal.getStyleClass().addAll("flat", "button-icon", "small");
        reveal.setAccessibleText(texts.get("viewer.showInFolder"));
        reveal.setTooltip(new Tooltip(texts.get("viewer.showInFolder") + ": " + photo.path()));
        reveal.setOnAction(event -> context.system().showInFolder(photo.path()));
        HBox caption = new HBox(6, badge, new Region(), reveal);
        HBox.setHgrow(caption.getChildren().get(1), Priority.ALWAYS);
        caption.setAlignment(Pos.CENTER_LEFT);
        caption.setMaxWidth(TILE);
        VBox tile = new VBox(4, thumbnail, caption, name, facts);
        tile.getStyleClass().add("duplicate-tile");
        Tooltip.install(tile, new Tooltip(photo.path().toString()));
        return tile;
    }

    private String facts(DuplicatePhoto photo) {
        String size = formats.bytes(photo.size());
        return photo.width() == null || photo.height() == null
                ? size
                : texts.format("duplicates.facts", photo.width(), photo.height(), size);
    }

    /** Asks, then moves the others to the trash; the group leaves the page and the library indexes the change. */
    private void keepBest(Node group, DuplicatePhoto best, List<DuplicatePhoto> others) {
        List<Path> files =
                new ArrayList<>(others.stream().map(DuplicatePhoto::path).toList());
        boolean confirmed = Confirmation.ask(
                groups.getScene().getWindow(),
                texts.format("duplicates.trash.action", files.size()),
                texts.format("duplicates.trash.message", best.path().getFileName(), files.size()),
                texts.get("dialog.cancel"));
        if (!confirmed) {
            return;
        }
        context.executor().run(() -> context.system().moveToTrash(files), moved -> {
            groups.getChildren().remove(group);
            context.executor()
                    .run(
                            () -> {
                                context.backend().library().startIndexing();
                                return moved;
                            },
                            started -> {});
        });
    }
}
