package dev.fovea.app.desktop.grid;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.search.query.Moments;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One square photo in the grid: the thumbnail cropped to fill (as Photos does), a check mark when
 * selected, a badge when near-duplicates are stacked under it, and date and score on hover. Tiles are
 * reused as the grid scrolls, so {@link #show} rebinds them to another photo.
 */
final class PhotoTile extends StackPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass LOADED = PseudoClass.getPseudoClass("loaded");

    private final ImageView view = new ImageView();
    private final IntConsumer onExpandStack;
    private final ChangeListener<Number> onLoaded = (property, old, progress) -> {
        if (progress.doubleValue() >= 1) {
            crop();
        }
    };

    // The overlays and the tooltip are made when first needed (hover, a stack, a video, a selection): a screen of
    // tiles made them all for each tile, ~4 times the nodes to build and style before the first photos showed.
    private Label info;
    private Label stackBadge;
    /** A video's play mark, with the moment its best frame shows ("0:42"). */
    private Label videoBadge;

    private StackPane check;
    private TileText text;

    private int index = -1;
    private PhotoHit hit;
    private Image image;
    private int imageBox;

    PhotoTile(IntConsumer onExpandStack) {
        this.onExpandStack = onExpandStack;
        getStyleClass().add("photo-tile");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setFocusTraversable(false);
        // Square corners, as in Photos: a rounded clip per tile costs a lot in the software renderer.
        view.setSmooth(true);

        FontIcon placeholder = new FontIcon(Feather.IMAGE);
        placeholder.getStyleClass().add("photo-tile-placeholder");
        getChildren().addAll(placeholder, view);
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> hovered());
    }

    /** Date and score over the photo, and why it matched after a pause: made the first time the pointer comes. */
    private void hovered() {
        if (info != null) {
            return;
        }
        info = new Label();
        info.getStyleClass().add("photo-tile-info");
        info.setMaxWidth(Double.MAX_VALUE);
        StackPane.setAlignment(info, Pos.BOTTOM_LEFT);
        overlay(info);
        Tooltip why = new Tooltip();
        why.setShowDelay(Duration.millis(700));
        // Built when the tooltip opens, for the photo the tile shows then.
        why.setOnShowing(event -> why.setText(hit == null ? "" : text.why(hit)));
        Tooltip.install(this, why);
        showHoverText();
    }

    private void showHoverText() {
        if (info != null && hit != null) {
            info.setText(text.hover(hit));
        }
    }

    private Label stackBadge() {
        if (stackBadge == null) {
            stackBadge = new Label();
            stackBadge.getStyleClass().add("photo-tile-badge");
            stackBadge.setGraphic(new FontIcon(Feather.LAYERS));
            StackPane.setAlignment(stackBadge, Pos.TOP_RIGHT);
            stackBadge.setOnMouseClicked(event -> {
                onExpandStack.accept(index);
                event.consume();
            });
            overlay(stackBadge);
        }
        return stackBadge;
    }

    private Label videoBadge() {
        if (videoBadge == null) {
            videoBadge = new Label();
            videoBadge.getStyleClass().addAll("photo-tile-badge", "photo-tile-video");
            videoBadge.setGraphic(new FontIcon(Feather.PLAY));
            StackPane.setAlignment(videoBadge, Pos.BOTTOM_RIGHT);
            overlay(videoBadge);
        }
        return videoBadge;
    }

    /**
     * Adds an overlay above the thumbnail in its fixed stacking order (hover text, stack badge, video badge, check),
     * whichever came first: the video badge sits on the hover text's band.
     */
    private void overlay(Node node) {
        List<Node> order = Arrays.asList(info, stackBadge, videoBadge, check);
        int rank = order.indexOf(node);
        int below =
                (int) order.subList(0, rank).stream().filter(Objects::nonNull).count();
        getChildren().add(2 + below, node);
    }

    int index() {
        return index;
    }

    PhotoHit hit() {
        return hit;
    }

    void show(int newIndex, PhotoHit newHit, TileText text, ThumbnailCache thumbnails, double side, int devicePixels) {
        index = newIndex;
        // The same photo again (a refresh, the next keystroke's results) keeps its image, arrived or on its way; one
        // that failed (not written yet while its photo was being indexed) is asked for again.
        if (hit == null
                || !newHit.contentHash().equals(hit.contentHash())
                || !Objects.equals(newHit.momentSeconds(), hit.momentSeconds())
                || imageBox != devicePixels
                || image.isError()) {
            release(thumbnails);
            imageBox = devicePixels;
            image = thumbnails.get(newHit.contentHash(), newHit.momentSeconds(), devicePixels);
            view.setImage(image);
            if (image.getProgress() >= 1) {
                crop();
            } else {
                pseudoClassStateChanged(LOADED, false);
                image.progressProperty().addListener(onLoaded);
            }
        }
        if (newHit != hit) {
            hit = newHit;
            this.text = text;
            showHoverText();
            setAccessibleText(text.accessible(hit));
            if (!hit.stacked().isEmpty() || stackBadge != null) {
                stackBadge().setText(Integer.toString(hit.stacked().size() + 1));
                stackBadge.setVisible(!hit.stacked().isEmpty());
            }
            if (hit.video() || videoBadge != null) {
                videoBadge().setText(hit.momentSeconds() == null ? "" : Moments.clock(hit.momentSeconds()));
                videoBadge.setVisible(hit.video());
            }
        }
        if (getPrefWidth() != side) {
            setPrefSize(side, side);
            setMinSize(side, side);
            setMaxSize(side, side);
            view.setFitWidth(side);
            view.setFitHeight(side);
        }
    }

    void mark(boolean selected, boolean current) {
        if (selected && check == null) {
            check = new StackPane(new FontIcon(Feather.CHECK));
            check.getStyleClass().add("photo-tile-check");
            StackPane.setAlignment(check, Pos.TOP_LEFT);
            overlay(check);
        }
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(CURRENT, current);
    }

    /** Lets go of the photo, cancelling its thumbnail if it has not arrived. */
    void release(ThumbnailCache thumbnails) {
        if (image != null) {
            image.progressProperty().removeListener(onLoaded);
            thumbnails.abandon(hit.contentHash(), hit.momentSeconds(), imageBox, image);
        }
        image = null;
        hit = null;
        view.setImage(null);
    }

    /** Fills the square with the middle of the picture. */
    private void crop() {
        if (image == null || image.isError() || image.getWidth() <= 0) {
            return;
        }
        double w = image.getWidth();
        double h = image.getHeight();
        double side = Math.min(w, h);
        view.setViewport(new Rectangle2D((w - side) / 2, (h - side) / 2, side, side));
        pseudoClassStateChanged(LOADED, true);
    }
}
