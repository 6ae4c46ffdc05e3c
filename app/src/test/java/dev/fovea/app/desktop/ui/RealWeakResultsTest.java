package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * A query nothing in the library answers well shows the closest photos under a plain heading instead of an
 * empty page with a lone "show more" button; a query with strong matches shows no such heading.
 */
class RealWeakResultsTest extends RealLibraryTest {

    private Label weakHeading() {
        return lookup(".weak-heading").queryAs(Label.class);
    }

    @Test
    void aColourNoPhotoHasShowsTheClosestUnderAHeading() {
        // 24 photos by default: enough for the relevance cut to be placed (libraries under 20 have none).
        awaitMain();
        awaitSettledGrid();

        clickOn(".search-field").write("cyan");
        awaitResultsFor("cyan");
        assertThat(onFx(() -> weakHeading().isVisible())).isTrue();
        assertThat(onFx(() -> weakHeading().getText())).isEqualTo("No strong matches. Closest photos:");
        assertThat(onFx(() -> grid().hits())).isNotEmpty();
        Node empty = lookup(".empty-state").query();
        assertThat(onFx(empty::isVisible)).isFalse();

        interact(() -> shell.main().search().focusSearch());
        write("red");
        awaitResultsFor("red");
        assertThat(onFx(() -> weakHeading().isVisible())).isFalse();
        assertThat(colour(onFx(() -> grid().hits().getFirst()))).isEqualTo("red");
    }
}
