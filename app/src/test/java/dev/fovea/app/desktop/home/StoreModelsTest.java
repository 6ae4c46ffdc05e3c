package dev.fovea.app.desktop.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.ModelOffer;
import dev.fovea.search.FoveaException;
import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.ModelStore;
import dev.fovea.search.model.ModelVariant;
import dev.fovea.search.model.SpeedProbe;
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
        // The speed probe picks one of the two, by how fast this machine is.
        assertThat(first.id()).isIn(SpeedProbe.FAST_CHOICE, SpeedProbe.SLOW_CHOICE);
        assertThat(first.recommended()).isTrue();
        assertThat(first.downloadBytes()).isPositive();
        assertThat(first.estimatedMillisPerPhoto()).isPositive();
        assertThat(models.offers())
                .allSatisfy(offer -> assertThat(offer.imageNetZeroShot()).isPositive());
        assertThat(models.offers()).filteredOn(ModelOffer::recommended).hasSize(1);
    }

    @Test
    void offersEveryVariantOfTheRegistry() {
        // Each has an official checkpoint and a shipped graph, or (MobileCLIP-S0) a pinned ONNX export.
        assertThat(new StoreModels(new ModelStore(home.resolve("models"))).offers())
                .extracting(ModelOffer::id)
                .containsExactlyInAnyOrderElementsOf(
                        ModelRegistry.all().stream().map(ModelVariant::id).toList());
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
