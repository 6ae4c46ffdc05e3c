package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.fakes.FakeModels;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;

/** The first run's download: size before, progress during (bytes, total, rate), the model in use after. */
class ModelDownloadTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.firstRun(50, 0, new FakeModels(1500), work);
    }

    @Test
    void downloadShowsSizeAndProgressThenUsesTheModel() {
        await(() -> shell.welcome() != null);
        choosers.answer(FakeBackend.PHOTOS);
        clickOn("Add folder…");
        clickOn("Next");
        await(() -> lookup(".offer-card").tryQuery().isPresent());
        assertThat(lookup(".offer-detail").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Recommended  ·  ")
                        .contains("ImageNet zero-shot")
                        .endsWith(" MB"));
        clickOn(lookup(".offer-card .accent").queryButton());
        await(() -> lookup(".progress-bar").queryAs(ProgressBar.class).getProgress() > 0.2);
        assertThat(lookup(".welcome .text-muted").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).matches(".* MB of [0-9]+ MB  ·  25 MB/s"));
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-downloading"));
        // The recommended variant depends on the speed probe of the machine the test runs on.
        await(() -> lookup(".model-status").queryAs(Label.class).getText().startsWith("Ready: MobileCLIP"));
        assertThat(onFx(() -> shell.context()
                        .backend()
                        .models()
                        .active()
                        .orElseThrow()
                        .id()))
                .startsWith("mobileclip");
    }
}
