package dev.fovea.app.desktop;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop app. */
public final class FoveaApplication extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Fovea");
        String opening = DesktopLauncher.similarTo().map(image -> "\nSimilar to " + image).orElse("");
        stage.setScene(new Scene(new StackPane(new Label("Fovea — " + DesktopLauncher.home().root() + opening)), 1100, 720));
        stage.show();
    }
}
