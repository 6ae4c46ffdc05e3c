package dev.fovea.app.desktop.search;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Lets people drop a picture from anywhere (a file manager, a browser that offers a file) onto the window
 * to search for similar photos. Drags that start in our own grid are ignored, so dragging results out
 * and back does not search.
 */
public final class ImageDropTarget {
    static final Set<String> IMAGE_TYPES =
            Set.of("jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff", "heic", "heif", "avif");

    private ImageDropTarget() {}

    public static void install(Node target, BooleanProperty hovering, Consumer<Path> onImage) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getGestureSource() == null
                    && droppedImage(event.getDragboard()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                hovering.set(true);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED_TARGET, event -> hovering.set(false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> image =
                    event.getGestureSource() == null ? droppedImage(event.getDragboard()) : Optional.empty();
            hovering.set(false);
            image.ifPresent(onImage);
            event.setDropCompleted(image.isPresent());
            event.consume();
        });
    }

    static Optional<Path> droppedImage(Dragboard dragboard) {
        if (!dragboard.hasFiles()) {
            return Optional.empty();
        }
        return dragboard.getFiles().stream()
                .map(File::toPath)
                .filter(ImageDropTarget::isImage)
                .findFirst();
    }

    static boolean isImage(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
