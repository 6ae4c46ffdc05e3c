package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.preferences.ThemeMode;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.testing.TestData;
import java.io.IOException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sidebar's "Found in your photos" populated, on the real backends: the category fixture model reads a sunset as
 * orange and a landscape as green, so the orange and green photos are classified into "Sunsets" and "Landscapes"
 * by the same zero-shot code as with a real model, and opening one shows those photos.
 */
class RealCategoriesTest extends RealLibraryTest {

    @Override
    protected void prepare(FoveaHome home) throws IOException {
        generated = dev.fovea.app.desktop.testing.ColourPhotos.write(photos(), 2);
        ModelResolver.store(home).importFrom(TestData.categoryFixtureModel());
        try (Library library = Library.open(home.root())) {
            library.addRoot(photos());
            library.setTextMode(TextMode.OFF);
        }
    }

    @Test
    void categoriesWithPhotosAreListedWithCountsAndOpen() throws Exception {
        awaitMain();
        awaitIndexed();
        await(() ->
                albumToggle("Sunsets").isPresent() && albumToggle("Landscapes").isPresent());
        long sunsets = Long.parseLong(albumCount("Sunsets").orElseThrow());
        long landscapes = Long.parseLong(albumCount("Landscapes").orElseThrow());
        assertThat(sunsets).isPositive().isLessThan(generated.size());
        assertThat(landscapes).isPositive().isLessThan(generated.size());
        assertThat(onFx(() -> lookup(".sidebar-subsection").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList()))
                .contains("Found in your photos");
        // Only categories with photos are listed: the fixture reads no word of "Food" as a colour.
        assertThat(albumToggle("Food")).isEmpty();

        clickOn(albumToggle("Sunsets").orElseThrow());
        await(() -> !shell.main().search().session().busyProperty().get()
                && grid().hits().size() == sunsets);
        // A category's photos are those nearest its prompts (shown newest first): the orange ones are among them.
        assertThat(onFx(() -> grid().hits()))
                .anySatisfy(hit -> assertThat(colour(hit)).isEqualTo("orange"));
        assertThat(onFx(() -> albumToggle("Sunsets").orElseThrow().isSelected()))
                .isTrue();
        settle();
        onFx(() -> Screenshots.save(stage.getScene(), "albums-categories"));
        interact(() -> shell.context().theme().use(ThemeMode.DARK));
        interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        settle();
        onFx(() -> Screenshots.save(stage.getScene(), "albums-categories-dark-1000x700"));
        interact(() -> shell.context().theme().use(ThemeMode.LIGHT));

        clickOn(albumToggle("Landscapes").orElseThrow());
        await(() -> !shell.main().search().session().busyProperty().get()
                && grid().hits().size() == landscapes);
        assertThat(onFx(() -> grid().hits()))
                .anySatisfy(hit -> assertThat(colour(hit)).isEqualTo("green"));
    }

    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
