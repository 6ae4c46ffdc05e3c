package dev.fovea.app.desktop.library;

import dev.fovea.app.desktop.backend.WarnedPhoto;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** The table of photos decoded with warnings: the file's name (its whole path in a tooltip) and the decoder's words. */
final class WarnedPhotoTable {
    private WarnedPhotoTable() {}

    static void setUp(TableColumn<WarnedPhoto, String> file, TableColumn<WarnedPhoto, String> warning) {
        file.setCellValueFactory(row ->
                new ReadOnlyStringWrapper(SkippedPhotoTable.name(row.getValue().path())));
        file.setCellFactory(column -> new TooltipCell<>(photo -> photo.path().toString()));
        warning.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(row.getValue().warning()));
        warning.setCellFactory(column -> new TooltipCell<>(WarnedPhoto::warning));
    }
}
