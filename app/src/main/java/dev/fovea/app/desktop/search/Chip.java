package dev.fovea.app.desktop.search;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A small rounded label for an active filter, with a button that undoes it. */
final class Chip extends HBox {

    Chip(Ikon icon, String text, String styleClass, String removeLabel, Runnable onRemove) {
        getStyleClass().addAll("chip", styleClass);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(text, new FontIcon(icon));
        label.getStyleClass().add("chip-label");
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("chip-remove", "flat", "button-icon");
        remove.setAccessibleText(removeLabel + ": " + text);
        remove.setOnAction(event -> onRemove.run());
        remove.setFocusTraversable(true);
        getChildren().addAll(label, remove);
    }
}
