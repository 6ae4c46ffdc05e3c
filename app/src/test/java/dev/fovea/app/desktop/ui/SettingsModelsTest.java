package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.fakes.FakeModels;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;

/**
 * Settings offers every downloadable model beside the installed ones: a download shows progress and can be
 * cancelled (nothing installed), a finished one asks before the library is indexed again with it.
 */
class SettingsModelsTest extends ShellTest {
    private FakeModels models;

    @Override
    protected DesktopBackend backend(Path work) {
        models = new FakeModels(4000)
                .withActive(new InstalledModel("mobileclip-s2", "MobileCLIP-S2", 397_000_000L, false));
        return FakeBackend.indexed(12, models, work);
    }

    @Test
    void downloadFromSettingsWithProgressCancelAndSwitch() throws Exception {
        awaitMain();
        // Tall enough for the whole models section (the displays the UI tests use are 1000 pixels high).
        interact(() -> {
            stage.setY(0);
            stage.setHeight(990);
        });
        clickOn("Settings");
        await(() -> lookup(".models-section .offer-card").queryAll().size() == 4);
        assertThat(lookup(".models-section .offer-detail").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(text -> assertThat(text)
                        .isEqualTo("Faster, for older computers  ·  71.5% ImageNet zero-shot  ·  ~19 ms per photo here"
                                + "  ·  300 MB"))
                .anySatisfy(text ->
                        assertThat(text).contains("81.9% ImageNet zero-shot").endsWith("1.8 GB"));
        assertThat(lookup(".installed-model .button").queryAllAs(Button.class))
                .extracting(Button::getText)
                .containsExactly("In use");

        clickOn(download("MobileCLIP2-S4"));
        await(() -> lookup(".models-section .progress-bar")
                        .queryAs(ProgressBar.class)
                        .getProgress()
                > 0.1);
        onFx(() -> Screenshots.save(stage.getScene(), "settings-models-downloading"));
        clickOn("Cancel");
        await(() -> status().equals("Download cancelled; nothing was installed."));
        assertThat(models.installed()).extracting(InstalledModel::id).containsExactly("mobileclip-s2");

        clickOn(download("MobileCLIP2-S0"));
        await(() -> lookup("Use model").tryQuery().isPresent());
        clickOn("Use model");
        await(() -> models.active().orElseThrow().id().equals("mobileclip2-s0"));
        await(() -> lookup(".installed-model").queryAll().size() == 2);
        await(() -> status().equals("Ready: MobileCLIP2-S0"));
        onFx(() -> Screenshots.save(stage.getScene(), "settings-models"));
    }

    private Node download(String model) {
        return lookup((Node node) ->
                        node instanceof Button button && ("Download " + model).equals(button.getAccessibleText()))
                .query();
    }

    private String status() {
        return lookup(".models-section .model-status").queryAs(Label.class).getText();
    }
}
