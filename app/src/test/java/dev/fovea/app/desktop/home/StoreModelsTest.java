package dev.fovea.app.desktop.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.ModelOffer;
import dev.fovea.search.FoveaException;
import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.ModelStore;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreModelsTest {
    @TempDir
    Path home;

    @Test
    void offersTheRecommendedDownloadFirstWithItsSize() {
        StoreModels models = new StoreModels(new ModelStore(home.resolve("models")));
        assertThat(models.offers()).isNotEmpty();
        ModelOffer first = models.offers().getFirst();
        assertThat(first.id()).isEqualTo(ModelRegistry.DEFAULT_DOWNLOAD);
        assertThat(first.recommended()).isTrue();
        assertThat(first.downloadBytes()).isPositive();
        assertThat(models.offers())
                .anySatisfy(offer -> assertThat(offer.light()).isTrue());
    }

    @Test
    void importsAndActivatesTheFixtureModel() {
        StoreModels models = new StoreModels(new ModelStore(home.resolve("models")));
        assertThat(models.active()).isEmpty();
        InstalledModel imported = models.importFrom(TestData.fixtureModel());
        models.use(imported.id());
        assertThat(models.active()).contains(imported);
        assertThat(imported.id()).isEqualTo("fixture-colour");
        assertThat(imported.sizeBytes()).isPositive();
        assertThat(models.installed()).containsExactly(imported);
    }

    @Test
    void aFolderWithoutAModelIsRefusedWithAMessage() {
        StoreModels models = new StoreModels(new ModelStore(home.resolve("models")));
        assertThatThrownBy(() -> models.importFrom(home))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(home.toString());
    }
}
