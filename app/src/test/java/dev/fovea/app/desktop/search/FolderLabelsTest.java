package dev.fovea.app.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FolderLabelsTest {
    @Test
    void foldersWithTheSameNameShowTheParentsThatTellThemApart() {
        Path a = Path.of("/photos/2019/heic");
        Path b = Path.of("/photos/2020/heic");
        Path c = Path.of("/photos/Beach");
        FolderLabels labels = new FolderLabels(List.of(a, b, c));
        assertThat(labels.of(a)).isEqualTo(Path.of("2019/heic").toString());
        assertThat(labels.of(b)).isEqualTo(Path.of("2020/heic").toString());
        assertThat(labels.of(c)).isEqualTo("Beach");
    }

    @Test
    void aFolderInsideAnotherOfTheSameNameStillGetsALabelOfItsOwn() {
        Path outer = Path.of("/p/trip");
        Path inner = Path.of("/p/trip/trip");
        FolderLabels labels = new FolderLabels(List.of(outer, inner));
        assertThat(labels.of(inner)).isEqualTo(Path.of("trip/trip").toString());
        assertThat(labels.of(outer)).isEqualTo(Path.of("p/trip").toString());
    }
}
