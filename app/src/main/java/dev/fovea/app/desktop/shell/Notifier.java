package dev.fovea.app.desktop.shell;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.search.FoveaException;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages at the top right of the window that go away by themselves. Every failure of background work
 * ends here: an expected one (FoveaException) says what to do; anything else is logged in full and the
 * user is told where the details are, never shown a stack trace.
 */
public final class Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final Texts texts;
    private final VBox layer = new VBox(8);

    public Notifier(Texts texts) {
        this.texts = texts;
        layer.getStyleClass().add("notifications");
        layer.setAlignment(Pos.TOP_RIGHT);
        layer.setPickOnBounds(false);
        layer.setMaxSize(440, Region.USE_PREF_SIZE);
        layer.setPadding(new Insets(14));
        StackPane.setAlignment(layer, Pos.TOP_RIGHT);
    }

    public VBox layer() {
        return layer;
    }

    public void failure(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof FoveaException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof FoveaException expected) {
            LOG.debug("Background work failed", expected);
            show(expected.getMessage(), true);
        } else {
            LOG.error("Unexpected failure in background work", failure);
            show(texts.format("error.unexpected", String.valueOf(failure)), true);
        }
    }

    public void show(String message, boolean error) {
        Notification notification =
                new Notification(message, new FontIcon(error ? Feather.ALERT_TRIANGLE : Feather.INFO));
        notification.getStyleClass().addAll(Styles.ELEVATED_2, error ? Styles.DANGER : Styles.ACCENT);
        notification.setPrefWidth(400);
        notification.setMaxHeight(Region.USE_PREF_SIZE);
        notification.setOnClose(event -> layer.getChildren().remove(notification));
        layer.getChildren().add(notification);
        PauseTransition expire = new PauseTransition(Duration.seconds(error ? 12 : 6));
        expire.setOnFinished(event -> layer.getChildren().remove(notification));
        expire.play();
    }
}
