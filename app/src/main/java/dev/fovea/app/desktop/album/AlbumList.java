package dev.fovea.app.desktop.album;

import dev.fovea.app.desktop.backend.AlbumSummary;
import dev.fovea.app.desktop.grid.ThumbnailCache;
import dev.fovea.app.desktop.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sidebar's albums: one toggle per album (cover, name, count) in the window's page group, so an open album
 * reads as the current page. The user's albums and saved searches come first, in the user's order, and right-click
 * renames, deletes or moves them; then, under their own heading, the categories Fovea finds in the photos.
 * {@code fallback} is the page an album that is gone leaves the window on.
 */
public final class AlbumList {
    private static final int COVER = 20;

    private final VBox box;
    private final ToggleGroup pages;
    private final ToggleButton fallback;
    private final AlbumActions actions;
    private final ThumbnailCache thumbnails;
    private final Texts texts;
    private final Consumer<String> onOpen;

    public AlbumList(
            VBox box,
            ToggleGroup pages,
            ToggleButton fallback,
            AlbumActions actions,
            ThumbnailCache thumbnails,
            Texts texts,
            Consumer<String> onOpen) {
        this.box = box;
        this.pages = pages;
        this.fallback = fallback;
        this.actions = actions;
        this.thumbnails = thumbnails;
        this.texts = texts;
        this.onOpen = onOpen;
        actions.list().addListener((property, old, albums) -> show(albums));
        show(actions.list().get());
    }

    /** The toggle of an album, to mark it as the page shown. */
    public Optional<ToggleButton> toggle(String name) {
        return toggles().stream()
                .filter(toggle -> name.equalsIgnoreCase((String) toggle.getUserData()))
                .findFirst();
    }

    /**
     * Rebuilds the list. The selected album's new toggle (or, when it is gone, the fallback page) is selected before
     * the old toggles leave the group: the group must never be left without a selection.
     */
    public boolean contains(Toggle toggle) {
        return toggles().contains(toggle);
    }

    private void show(List<AlbumSummary> albums) {
        List<ToggleButton> old = toggles();
        String selected = pages.getSelectedToggle() instanceof ToggleButton toggle && old.contains(toggle)
                ? (String) toggle.getUserData()
                : null;
        List<ToggleButton> items = albums.stream().map(this::item).toList();
        if (selected != null) {
            items.stream()
                    .filter(toggle -> selected.equalsIgnoreCase((String) toggle.getUserData()))
                    .findFirst()
                    .orElse(fallback)
                    .setSelected(true);
        }
        old.forEach(toggle -> toggle.setToggleGroup(null));
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < albums.size(); i++) {
            if (!albums.get(i).own() && (i == 0 || albums.get(i - 1).own())) {
                Label heading = new Label(texts.get("album.categories"));
                heading.getStyleClass().add("sidebar-subsection");
                children.add(heading);
            }
            children.add(items.get(i));
        }
        if (albums.stream().noneMatch(AlbumSummary::own)) {
            Label hint = new Label(texts.get("album.none"));
            hint.getStyleClass().add("sidebar-hint");
            hint.setWrapText(true);
            children.addFirst(hint);
        }
        box.getChildren().setAll(children);
    }

    private List<ToggleButton> toggles() {
        return box.getChildren().stream()
                .filter(ToggleButton.class::isInstance)
                .map(ToggleButton.class::cast)
                .toList();
    }

    private ToggleButton item(AlbumSummary album) {
        Label name = new Label(album.name());
        name.setMnemonicParsing(false);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label count = new Label(album.photos() < 0 ? "" : Long.toString(album.photos()));
        count.getStyleClass().add("sidebar-count");
        HBox row = new HBox(8, cover(album), name, count);
        row.setAlignment(Pos.CENTER_LEFT);
        ToggleButton toggle = new ToggleButton();
        toggle.setGraphic(row);
        toggle.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        toggle.setUserData(album.name());
        String described = texts.format("album.accessible", album.name(), album.photos());
        toggle.setAccessibleText(described);
        toggle.setTooltip(new Tooltip(
                album.query() == null
                        ? described
                        : described + "\n" + texts.format("album.search.query", album.query())));
        toggle.getStyleClass().addAll("sidebar-item", "album-item");
        toggle.setMaxWidth(Double.MAX_VALUE);
        row.prefWidthProperty().bind(toggle.widthProperty().subtract(24));
        toggle.setToggleGroup(pages);
        toggle.setOnAction(event -> onOpen.accept(album.name()));
        if (album.own()) {
            toggle.setContextMenu(menu(album.name()));
        }
        return toggle;
    }

    private ContextMenu menu(String name) {
        MenuItem rename = new MenuItem(texts.get("album.rename"), new FontIcon(Feather.EDIT_2));
        rename.setOnAction(event -> actions.rename(box.getScene().getWindow(), name));
        MenuItem up = new MenuItem(texts.get("album.moveUp"), new FontIcon(Feather.ARROW_UP));
        up.setOnAction(event -> actions.move(name, -1));
        MenuItem down = new MenuItem(texts.get("album.moveDown"), new FontIcon(Feather.ARROW_DOWN));
        down.setOnAction(event -> actions.move(name, +1));
        MenuItem delete = new MenuItem(texts.get("album.delete"), new FontIcon(Feather.TRASH_2));
        delete.setOnAction(event -> actions.delete(box.getScene().getWindow(), name));
        return new ContextMenu(rename, up, down, new SeparatorMenuItem(), delete);
    }

    private Node cover(AlbumSummary album) {
        if (album.coverHash() == null) {
            return new FontIcon(album.kind() == AlbumSummary.Kind.SEARCH ? Feather.SEARCH : Feather.BOOKMARK);
        }
        ImageView view = new ImageView(thumbnails.get(album.coverHash(), COVER * 2));
        view.setFitWidth(COVER);
        view.setFitHeight(COVER);
        view.setPreserveRatio(false);
        Rectangle clip = new Rectangle(COVER, COVER);
        clip.setArcWidth(6);
        clip.setArcHeight(6);
        view.setClip(clip);
        return view;
    }
}
