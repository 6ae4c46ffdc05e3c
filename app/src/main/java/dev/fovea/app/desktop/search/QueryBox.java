package dev.fovea.app.desktop.search;

import atlantafx.base.controls.CustomTextField;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.preferences.SettingsKeeper;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search field: search as you type, Enter to search at once, the query history below it (Down or focusing
 * an empty field opens it), and a clear button.
 */
final class QueryBox {
    private static final int HISTORY_SHOWN = 8;

    private final CustomTextField queryField;
    private final SearchState session;
    private final SettingsKeeper settings;
    private final Texts texts;
    private final Runnable toResults;
    private final ContextMenu historyMenu = new ContextMenu();

    /** @param toResults moves the focus to the results (Down with no history to show) */
    QueryBox(
            CustomTextField queryField, SearchState session, SettingsKeeper settings, Texts texts, Runnable toResults) {
        this.queryField = queryField;
        this.session = session;
        this.settings = settings;
        this.texts = texts;
        this.toResults = toResults;
    }

    void focus() {
        queryField.requestFocus();
        queryField.selectAll();
    }

    /** Esc: closes the history, else clears the query; false when there was neither. */
    boolean escape() {
        if (historyMenu.isShowing()) {
            historyMenu.hide();
        } else if (!queryField.getText().isEmpty()) {
            queryField.clear();
        } else {
            return false;
        }
        return true;
    }

    void setUp() {
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        searchIcon.getStyleClass().add("search-icon");
        queryField.setLeft(searchIcon);
        Button clear = new Button(null, new FontIcon(Feather.X_CIRCLE));
        clear.getStyleClass().addAll("flat", "button-icon", "search-clear");
        clear.setAccessibleText(texts.get("search.clear"));
        clear.setOnAction(event -> {
            queryField.clear();
            queryField.requestFocus();
        });
        clear.visibleProperty().bind(queryField.textProperty().isNotEmpty());
        queryField.setRight(clear);
        queryField.textProperty().addListener((property, old, text) -> {
            session.type(text);
            if (historyMenu.isShowing()) {
                showHistory();
            }
        });
        queryField.setOnAction(event -> {
            remember(queryField.getText());
            historyMenu.hide();
            session.askNow();
        });
        queryField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN) {
                if (!historyMenu.isShowing() && showHistory()) {
                    event.consume();
                } else if (!historyMenu.isShowing()) {
                    toResults.run();
                    event.consume();
                }
            }
        });
        queryField.focusedProperty().addListener((property, was, focused) -> {
            if (focused && queryField.getText().isEmpty()) {
                showHistory();
            }
        });
    }

    private boolean showHistory() {
        List<String> matches =
                QueryHistory.matching(settings.get().queryHistory(), queryField.getText(), HISTORY_SHOWN);
        if (matches.isEmpty()) {
            historyMenu.hide();
            return false;
        }
        historyMenu.getItems().setAll(matches.stream().map(this::historyItem).toList());
        if (!historyMenu.isShowing()
                && queryField.getScene() != null
                && queryField.getScene().getWindow().isShowing()) {
            historyMenu.show(queryField, Side.BOTTOM, 0, 4);
        }
        return true;
    }

    private MenuItem historyItem(String query) {
        MenuItem item = new MenuItem(query, new FontIcon(Feather.CLOCK));
        item.setOnAction(event -> {
            queryField.setText(query);
            queryField.positionCaret(query.length());
            remember(query);
            session.askNow();
        });
        return item;
    }

    /** Keeps a query in the history (opening one of its results counts as having searched it). */
    void remember(String query) {
        if (!query.isBlank()) {
            settings.update(settings -> settings.withQueryHistory(QueryHistory.add(settings.queryHistory(), query)));
        }
    }
}
