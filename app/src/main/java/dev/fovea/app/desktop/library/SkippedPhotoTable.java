package dev.fovea.app.desktop.library;

import dev.fovea.app.desktop.backend.SkippedPhoto;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/**
 * The skipped-files table: the file's name (its whole path in a tooltip) and why it was skipped, without
 * the path again (the decoders' messages often start with it), so that both columns fit.
 */
final class SkippedPhotoTable {
    private SkippedPhotoTable() {}

    static void setUp(
            TableColumn<SkippedPhoto, String> file, TableColumn<SkippedPhoto, String> reason, IndexingTexts texts) {
        file.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(name(row.getValue().path())));
        file.setCellFactory(column -> new TooltipCell<>(photo -> photo.path().toString()));
        reason.setCellValueFactory(row -> new ReadOnlyStringWrapper(reason(row.getValue(), texts)));
        reason.setCellFactory(column -> new TooltipCell<>(photo -> reason(photo, texts)));
    }

    static String reason(SkippedPhoto photo, IndexingTexts texts) {
        String reason = texts.reason(photo.reason());
        String detail = withoutPath(photo.detail(), photo.path());
        return detail.isEmpty() ? reason : reason + ": " + detail;
    }

    private static String withoutPath(String detail, Path path) {
        if (detail == null) {
            return "";
        }
        String full = path.toString();
        String stripped = detail.replace(full + ": ", "").replace(full, name(path));
        return stripped.strip();
    }

    static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
