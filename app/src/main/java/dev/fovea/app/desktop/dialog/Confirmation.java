package dev.fovea.app.desktop.dialog;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before an action that changes the library: titled with the action, a sentence that says what
 * happens, and buttons named "Cancel" and after the action (not the stock "Confirmation" and "OK").
 */
public final class Confirmation {
    private Confirmation() {}

    /** @return whether the user chose the action */
    public static boolean ask(Window owner, String action, String message, String cancel) {
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.NONE, message, back, act);
        alert.setTitle(action);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        return alert.showAndWait().filter(act::equals).isPresent();
    }
}
