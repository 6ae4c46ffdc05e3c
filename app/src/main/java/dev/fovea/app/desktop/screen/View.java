package dev.fovea.app.desktop.screen;

/** Every FXML scene part of the app, by name, so a reader finds a screen's layout from its controller. */
public enum View {
    WELCOME("welcome.fxml"),
    MAIN("main.fxml"),
    SEARCH("search.fxml"),
    FILTERS("filters.fxml"),
    VIEWER("viewer.fxml"),
    LIBRARY("library.fxml"),
    MAP("map.fxml"),
    SETTINGS("settings.fxml"),
    DUPLICATES("duplicates.fxml");

    private final String file;

    View(String file) {
        this.file = file;
    }

    public String resource() {
        return "/dev/fovea/ui/fxml/" + file;
    }
}
