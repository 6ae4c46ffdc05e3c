package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.fakes.FakeBackend;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

class FiltersTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.indexed(400, work);
    }

    @Test
    void cameraAndLocationFiltersNarrowTheGridAndTheirChipsUndoThem() {
        awaitMain();
        awaitSettledGrid();
        int all = onFx(() -> grid().hits().size());
        clickOn("Filters");
        await(() -> lookup(".filters-panel .combo-box")
                        .queryAs(ComboBox.class)
                        .getItems()
                        .size()
                > 1);

        @SuppressWarnings("unchecked")
        ComboBox<String> camera = lookup(".filters-panel .combo-box").nth(0).queryAs(ComboBox.class);
        interact(() -> camera.setValue("Google Pixel 7"));
        await(() -> grid().hits().size() < all && !grid().hits().isEmpty());
        assertThat(onFx(() -> grid().hits()))
                .allSatisfy(hit -> assertThat(photo(hit).camera()).isEqualTo("Google Pixel 7"));

        clickOn(lookup(".filters-panel .check-box").queryAs(CheckBox.class));
        await(() -> shell.main().search().session().filtersProperty().get().withLocation());
        await(() -> grid().hits().stream().allMatch(hit -> photo(hit).latitude() != null));
        assertThat(lookup(".chip-filter").queryAll()).hasSize(2);
        // The viewer says which filters the photo passed.
        doubleClickOn(onFx(() -> grid().tileNode(0)));
        await(() -> lookup(".viewer-why").tryQuery().isPresent());
        assertThat(lookup(".viewer-why")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .contains("Filters applied: Google Pixel 7, Has location");
        type(javafx.scene.input.KeyCode.ESCAPE);
        await(() -> lookup(".viewer-why").tryQuery().isEmpty());

        clickOn(lookup(".chip-filter .chip-remove").nth(0).queryButton());
        await(() -> lookup(".chip-filter").queryAll().size() == 1);
        assertThat(onFx(() -> camera.getValue())).isNull();
        await(() -> grid().hits().stream()
                        .map(hit -> photo(hit).camera())
                        .distinct()
                        .count()
                > 1);

        clickOn("Clear all");
        await(() -> shell.main().search().session().filtersProperty().get().equals(PanelFilters.NONE)
                && grid().hits().size() == all);
    }

    @Test
    void groupingByYearPutsHeadingsBetweenYears() {
        awaitMain();
        awaitSettledGrid();
        clickOn("View");
        clickOn("Group by year");
        // Every row holds a heading, shown only in the rows that are headings.
        await(() ->
                lookup(".photo-grid-header").match(Node::isVisible).tryQuery().isPresent());
        assertThat(lookup(".photo-grid-header").match(Node::isVisible).queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .first()
                .asString()
                .matches("20\\d\\d");
        assertThat(onFx(() -> shell.context().settings().get().grouping().name()))
                .isEqualTo("YEAR");
    }
}
