package dev.fovea.app.desktop.viewer;

import dev.fovea.app.desktop.album.AlbumActions;
import dev.fovea.app.desktop.backend.PhotoDetails;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.PhotoText;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.screen.DesktopContext;
import dev.fovea.search.query.Moments;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The large preview: shows the thumbnail at once, then the picture decoded in the background at the size
 * of the screen (any format Fovea indexes, upright); arrows move through the results, Esc or Space closes. A video
 * shows the frame that matched, a player that plays it from there, and a filmstrip of its sampled frames.
 */
public final class ViewerController {
    private static final int THUMBNAIL_BOX = 512;
    private static final int FRAME_BOX = 192;
    private static final double FRAME_HEIGHT = 72;
    private static final double FRAME_WIDTH = 136;

    private static final Logger LOG = LoggerFactory.getLogger(ViewerController.class);

    private final DesktopContext context;
    private final Texts texts;
    private final Formats formats;

    @FXML
    private BorderPane root;

    @FXML
    private Label title;

    @FXML
    private Label subtitle;

    @FXML
    private StackPane stage;

    @FXML
    private ImageView photo;

    @FXML
    private MenuButton albumButton;

    @FXML
    private Button previousButton;

    @FXML
    private Button nextButton;

    @FXML
    private Label why;

    @FXML
    private GridPane details;

    @FXML
    private VBox textSection;

    @FXML
    private TextArea photoText;

    @FXML
    private Pane wordOutlines;

    private PhotoText shownText = PhotoText.NONE;
    private Future<?> textLoad;

    @FXML
    private Hyperlink mapLink;

    @FXML
    private VBox filmstripSection;

    @FXML
    private Label filmstripTitle;

    @FXML
    private ScrollPane filmstripScroll;

    @FXML
    private HBox filmstrip;

    private Future<?> framesLoad;

    @FXML
    private Button playButton;

    @FXML
    private FontIcon playIcon;

    @FXML
    private Tooltip playTip;

    @FXML
    private Slider seekBar;

    @FXML
    private Label playTime;

    private VideoPlayer player;
    private boolean seekBarFollowsPlayer;

    private List<PhotoHit> hits = List.of();
    private int index;
    private PhotoDetails shownDetails;
    private Future<?> detailsLoad;
    private Future<?> pictureLoad;
    private Function<PhotoHit, String> whyText = hit -> "";
    private Consumer<PhotoHit> onFindSimilar = hit -> {};
    private BiConsumer<PhotoHit, Boolean> onFeedback = (hit, more) -> {};
    private Consumer<Integer> onClose = index -> {};
    private BiConsumer<Double, Double> onOpenMap = (latitude, longitude) -> {};

    public ViewerController(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
        this.formats = new Formats(texts);
    }

    @FXML
    private void initialize() {
        root.setFocusTraversable(true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case LEFT -> previous();
                case RIGHT -> next();
                case ESCAPE, SPACE -> close();
                case PLUS, EQUALS, ADD -> moreLikeThis();
                case MINUS, SUBTRACT -> lessLikeThis();
                default -> {
                    return;
                }
            }
            event.consume();
        });
        stage.widthProperty().addListener((property, old, width) -> fit());
        stage.heightProperty().addListener((property, old, height) -> fit());
        photo.boundsInParentProperty().addListener((property, old, bounds) -> outlineWords());
        wordOutlines.visibleProperty().bind(stage.hoverProperty());
        seekBar.valueProperty().addListener((property, old, value) -> {
            if (!seekBarFollowsPlayer && player != null) {
                player.seek(value.doubleValue());
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    public void setWhyText(Function<PhotoHit, String> text) {
        whyText = text;
    }

    /** "Add to album" puts the photo shown in an album. */
    public void setAlbums(AlbumActions albums) {
        Supplier<List<PhotoHit>> shown = () -> List.of(current());
        Supplier<Window> owner = () -> root.getScene().getWindow();
        albumButton.getItems().setAll(albums.addToItems(shown, owner));
        albumButton.setOnShowing(event -> albumButton.getItems().setAll(albums.addToItems(shown, owner)));
    }

    public void setOnFindSimilar(Consumer<PhotoHit> handler) {
        onFindSimilar = handler;
    }

    /** "More/less like this" on the photo shown (buttons, or + and -): {@code more} is false for "less". */
    public void setOnFeedback(BiConsumer<PhotoHit, Boolean> handler) {
        onFeedback = handler;
    }

    /** Called with the index shown last, so the grid can select it. */
    public void setOnClose(Consumer<Integer> handler) {
        onClose = handler;
    }

    public PhotoHit current() {
        return hits.get(index);
    }

    public void show(List<PhotoHit> results, int start) {
        hits = results;
        showIndex(start);
        root.requestFocus();
    }

    @FXML
    private void previous() {
        if (index > 0) {
            showIndex(index - 1);
        }
    }

    @FXML
    private void next() {
        if (index < hits.size() - 1) {
            showIndex(index + 1);
        }
    }

    @FXML
    private void close() {
        cancelLoads();
        onClose.accept(index);
    }

    @FXML
    private void findSimilar() {
        cancelLoads();
        onFindSimilar.accept(current());
    }

    @FXML
    private void moreLikeThis() {
        cancelLoads();
        onFeedback.accept(current(), true);
    }

    @FXML
    private void lessLikeThis() {
        cancelLoads();
        onFeedback.accept(current(), false);
    }

    @FXML
    private void togglePlaying() {
        if (player != null) {
            if (player.playingProperty().get()) {
                player.pause();
            } else {
                player.play();
            }
        }
    }

    @FXML
    private void open() {
        context.system().open(current().path());
    }

    @FXML
    private void showInFolder() {
        context.system().showInFolder(current().path());
    }

    @FXML
    private void copy() {
        context.system().copy(List.of(current().path()));
    }

    /** "Open in map" shows the photo's place on the app's own map page. */
    public void setOnOpenMap(BiConsumer<Double, Double> handler) {
        onOpenMap = handler;
    }

    @FXML
    private void openMap() {
        if (shownDetails != null && shownDetails.hasLocation()) {
            onOpenMap.accept(shownDetails.latitude(), shownDetails.longitude());
        }
    }

    private void showIndex(int newIndex) {
        cancelLoads();
        index = newIndex;
        PhotoHit hit = current();
        title.setText(hit.fileName());
        subtitle.setText(
                formats.date(hit.takenAt()) + "  ·  " + texts.format("viewer.position", index + 1, hits.size()));
        why.setText(whyText.apply(hit));
        previousButton.setDisable(index == 0);
        nextButton.setDisable(index == hits.size() - 1);
        photo.setImage(context.thumbnails().get(hit.contentHash(), hit.momentSeconds(), THUMBNAIL_BOX));
        fit();
        showFilmstrip(hit, List.of());
        if (hit.video()) {
            startPlayer(hit);
            framesLoad = context.executor()
                    .run(() -> context.backend().library().frameTimes(hit.photoId()), times -> {
                        if (hit == current()) {
                            showFilmstrip(hit, times);
                        }
                    });
        } else {
            loadPicture(hit);
        }
        details.getChildren().clear();
        mapLink.setVisible(false);
        mapLink.setManaged(false);
        shownDetails = null;
        detailsLoad = context.executor()
                .run(() -> context.backend().library().details(hit.photoId()), found -> showDetails(hit, found));
        showText(PhotoText.NONE);
        textLoad = context.executor().run(() -> context.backend().library().text(hit.photoId()), text -> {
            if (hit == current()) {
                showText(text);
            }
        });
    }

    /** A video's frames under the picture, the moment that matched selected; hidden for photos. */
    private void showFilmstrip(PhotoHit hit, List<Double> times) {
        filmstrip.getChildren().clear();
        boolean shown = hit.video() && !times.isEmpty();
        filmstripSection.setVisible(shown);
        filmstripSection.setManaged(shown);
        if (!shown) {
            return;
        }
        double moment = hit.momentSeconds() == null ? times.getFirst() : hit.momentSeconds();
        filmstripTitle.setText(texts.format("viewer.frames", Moments.clock(moment)));
        ToggleGroup frames = new ToggleGroup();
        int nearest = 0;
        for (int i = 0; i < times.size(); i++) {
            double seconds = times.get(i);
            ImageView view = new ImageView(context.thumbnails().get(hit.contentHash(), seconds, FRAME_BOX));
            view.setFitHeight(FRAME_HEIGHT);
            view.setPreserveRatio(true);
            ToggleButton frame = new ToggleButton(Moments.clock(seconds), view);
            frame.setContentDisplay(ContentDisplay.TOP);
            // A fixed width, so the strip's layout does not wait for the thumbnails to load.
            frame.setMinWidth(FRAME_WIDTH);
            frame.setPrefWidth(FRAME_WIDTH);
            frame.getStyleClass().add("filmstrip-frame");
            frame.setAccessibleText(texts.format("viewer.frame", Moments.clock(seconds)));
            frame.setToggleGroup(frames);
            frame.setOnAction(event -> {
                frame.setSelected(true);
                if (player != null) {
                    player.seek(seconds);
                } else {
                    photo.setImage(context.thumbnails().get(hit.contentHash(), seconds, THUMBNAIL_BOX));
                }
            });
            filmstrip.getChildren().add(frame);
            if (Math.abs(seconds - moment) < Math.abs(times.get(nearest) - moment)) {
                nearest = i;
            }
        }
        Node selected = filmstrip.getChildren().get(nearest);
        frames.selectToggle((ToggleButton) selected);
        // Once laid out, the strip scrolls to centre the moment (a long video's strip is wider than the window).
        Platform.runLater(() -> {
            if (hit == current()) {
                filmstripScroll.layout();
                double viewport = filmstripScroll.getViewportBounds().getWidth();
                double hidden = filmstrip.getWidth() - viewport;
                double centre = selected.getBoundsInParent().getCenterX();
                filmstripScroll.setHvalue(hidden <= 0 ? 0 : Math.clamp((centre - viewport / 2) / hidden, 0, 1));
            }
        });
    }

    /**
     * Plays the video in the viewer, paused at the moment that matched; until its first frame arrives (or if
     * FFmpeg cannot read the file) the thumbnail stays.
     */
    private void startPlayer(PhotoHit hit) {
        double scale =
                stage.getScene() == null ? 1 : stage.getScene().getWindow().getRenderScaleX();
        int width = (int) (Math.max(640, stage.getWidth()) * scale);
        int height = (int) (Math.max(360, stage.getHeight()) * scale);
        VideoPlayer video = new VideoPlayer(
                hit.path(),
                picture -> {
                    if (hit == current()) {
                        photo.setImage(picture);
                        fit();
                    }
                },
                failure -> {
                    // The thumbnail and the filmstrip stay; there is nothing to play or seek.
                    LOG.info("Cannot play {}: {}", hit.path(), failure.getMessage());
                    if (hit == current()) {
                        playButton.setDisable(true);
                        seekBar.setDisable(true);
                    }
                });
        player = video;
        playButton.setDisable(false);
        seekBar.setDisable(false);
        seekBarFollowsPlayer = true;
        seekBar.setMax(Math.max(1, hit.momentSeconds() == null ? 1 : hit.momentSeconds()));
        seekBar.setValue(hit.momentSeconds() == null ? 0 : hit.momentSeconds());
        seekBarFollowsPlayer = false;
        video.durationProperty().addListener((property, old, length) -> {
            followPlayer(() -> seekBar.setMax(Math.max(length.doubleValue(), seekBar.getValue())));
            showPlayTime(video);
        });
        video.secondsProperty().addListener((property, old, seconds) -> {
            if (!seekBar.isValueChanging()) {
                followPlayer(() -> seekBar.setValue(seconds.doubleValue()));
            }
            showPlayTime(video);
        });
        video.playingProperty().addListener((property, old, playing) -> {
            String action = texts.get(playing ? "viewer.pause" : "viewer.play");
            playIcon.setIconLiteral(playing ? "fth-pause" : "fth-play");
            playButton.setAccessibleText(action);
            playTip.setText(action);
        });
        playIcon.setIconLiteral("fth-play");
        playButton.setAccessibleText(texts.get("viewer.play"));
        playTip.setText(texts.get("viewer.play"));
        showPlayTime(video);
        video.open(hit.momentSeconds() == null ? 0 : hit.momentSeconds(), width, height);
    }

    /** Moves the seek bar to where the player is without that move seeking the player. */
    private void followPlayer(Runnable change) {
        seekBarFollowsPlayer = true;
        try {
            change.run();
        } finally {
            seekBarFollowsPlayer = false;
        }
    }

    private void showPlayTime(VideoPlayer video) {
        playTime.setText(Moments.clock(video.secondsProperty().get()) + " / "
                + Moments.clock(video.durationProperty().get()));
    }

    private void showText(PhotoText text) {
        shownText = text;
        photoText.setText(text.text());
        textSection.setVisible(!text.isEmpty());
        textSection.setManaged(!text.isEmpty());
        outlineWords();
    }

    /** Draws each word's box over the picture where it is shown now. */
    private void outlineWords() {
        wordOutlines.getChildren().clear();
        Bounds shown = photo.getBoundsInParent();
        for (PhotoText.Word word : shownText.words()) {
            Rectangle outline = new Rectangle(
                    shown.getMinX() + word.x() * shown.getWidth(),
                    shown.getMinY() + word.y() * shown.getHeight(),
                    word.width() * shown.getWidth(),
                    word.height() * shown.getHeight());
            outline.getStyleClass().add("word-outline");
            wordOutlines.getChildren().add(outline);
        }
    }

    private void showDetails(PhotoHit hit, Optional<PhotoDetails> found) {
        if (hit != current() || found.isEmpty()) {
            return;
        }
        PhotoDetails photoDetails = found.get();
        shownDetails = photoDetails;
        int row = 0;
        for (PhotoFacts.Fact fact : PhotoFacts.of(photoDetails, texts, formats)) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("detail-label");
            Label value = new Label(fact.value());
            value.getStyleClass().add("detail-value");
            value.setWrapText(true);
            details.addRow(row++, label, value);
        }
        mapLink.setVisible(photoDetails.hasLocation());
        mapLink.setManaged(photoDetails.hasLocation());
    }

    /** The picture at the stage's size; until it arrives (or when it cannot be decoded) the thumbnail stays. */
    private void loadPicture(PhotoHit hit) {
        double scale =
                stage.getScene() == null ? 1 : stage.getScene().getWindow().getRenderScaleX();
        int shortSide = (int) (Math.max(600, Math.min(stage.getWidth(), stage.getHeight())) * scale);
        pictureLoad = context.executor()
                .run(
                        () -> FxPixels.toImage(context.backend().previews().preview(hit.path(), shortSide)),
                        picture -> {
                            if (hit == current()) {
                                photo.setImage(picture);
                                fit();
                            }
                        },
                        failure -> LOG.debug("No preview of {}: {}", hit.path(), failure.getMessage()));
    }

    /** Fits the picture into the stage, with a margin. */
    private void fit() {
        photo.setFitWidth(Math.max(0, stage.getWidth() - 120));
        photo.setFitHeight(Math.max(0, stage.getHeight() - 40));
    }

    private void cancelLoads() {
        if (player != null) {
            player.close();
            player = null;
        }
        for (Future<?> load : new Future<?>[] {detailsLoad, pictureLoad, textLoad, framesLoad}) {
            if (load != null) {
                load.cancel(true);
            }
        }
    }
}
